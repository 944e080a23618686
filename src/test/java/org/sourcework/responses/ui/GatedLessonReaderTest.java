package org.sourcework.responses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.base.ui.ChoiceField;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.ChoiceClicks;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.Rendered;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The telegram lesson set to {@code gated: true} in a lessons folder of its own (same slug, so the
 * demo school is assigned it): a section opens only once every earlier question is answered.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Transactional
@WithUserDetails("ben")
class GatedLessonReaderTest extends SpringBrowserlessTest {

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @Autowired
    ResponseService responses;

    private long assignment;

    @DynamicPropertySource
    static void gatedTelegram(DynamicPropertyRegistry registry) throws IOException {
        var lessonsDir = Files.createTempDirectory("sourcework-gated-lessons");
        var folder = Files.createDirectories(lessonsDir.resolve("moscow-1956"));
        for (var name : List.of("document.md", "questions.yaml")) {
            Files.copy(Path.of("lessons/moscow-1956", name), folder.resolve(name));
        }
        var settings = Files.readString(Path.of("lessons/moscow-1956/lesson.yaml"));
        assertThat(settings).contains("gated: false");
        Files.writeString(folder.resolve("lesson.yaml"), settings.replace("gated: false", "gated: true"));
        registry.add("sourcework.lessons-dir", lessonsDir::toString);
    }

    @BeforeEach
    void answerEverythingBeforeSectionI() {
        assignment = ReaderTestSupport.assignmentOf(runAs, roster, "ben");
        runAs.user("ben", () -> {
            var content = responses.open(assignment).content();
            for (var page : List.of(LessonContent.HEADNOTE, "opening")) {
                content.questionsFor(page)
                        .forEach(question -> responses.save(assignment, question.id(), anyAnswer(question), null));
            }
        });
    }

    private static AnswerValue anyAnswer(Question question) {
        return switch (question) {
            case ChoiceQuestion choice ->
                new ChoiceAnswer(List.of(choice.options().getFirst().id()));
            case ShortText text -> new TextAnswer("An answer in my own words.");
            default -> throw new IllegalArgumentException("No sample answer for " + question.id());
        };
    }

    @Test
    void section_ii_stays_locked_until_section_i_is_answered_and_then_opens() {
        navigate("lesson/" + assignment + "/II", ReaderView.class);

        var locked = find(LockedPage.class).single();
        assertThat(find(H2.class, locked).single().getText()).isEqualTo("II is not open yet");
        assertThat(locked.getElement().getTextRecursively())
                .contains("This section opens once you have answered every question in I.");
        assertThat(find(QuestionCard.class).exists()).isFalse();
        assertThat(sectionListMark("II")).isEqualTo("Locked");

        test(find(Button.class, locked).withText("Go to I").single()).click();
        answerSectionIInTheReader();
        assertThat(sectionListMark("II"))
                .as("unlocked as soon as the last answer is saved")
                .isEqualTo("0 of 3");

        navigate("lesson/" + assignment + "/II", ReaderView.class);

        assertThat(find(LockedPage.class).exists()).isFalse();
        assertThat(find(SectionPage.class).exists()).isTrue();
        assertThat(find(QuestionCard.class).all()).isNotEmpty();
    }

    @Test
    void section_i_opens_at_once_when_everything_before_it_is_answered() {
        navigate("lesson/" + assignment + "/I", ReaderView.class);

        assertThat(find(LockedPage.class).exists()).isFalse();
        assertThat(find(QuestionCard.class).all()).hasSize(5);
    }

    @SuppressWarnings("unchecked")
    private void answerSectionIInTheReader() {
        assertThat(find(SectionPage.class).exists()).isTrue();
        for (var id : List.of("i-anti-stalinism", "i-constructive")) {
            var choice = find(QuestionCard.class).id("question-" + id);
            var options = find(ChoiceField.class, choice).single();
            ChoiceClicks.check(options, options.choices().getFirst().value());
        }
        var evidence = find(QuestionCard.class).id("question-i-evidence-preserved");
        ChoiceClicks.check(find(ChoiceField.class, evidence).single(), "3");
        for (var id : List.of("i-had-it-been-able", "i-check-against-speech")) {
            var card = find(QuestionCard.class).id("question-" + id);
            test(find(TextArea.class, card).single()).setValue("Because the party decided what could be said.");
        }
    }

    /** The mark beside a page in the section list: "Locked", "2 of 3" or "✓". */
    private String sectionListMark(String pageId) {
        return Rendered.of(find(SectionList.class).single())
                .selectFirst("a.section-link[href='lesson/" + assignment + "/" + pageId + "'] + .section-mark")
                .text();
    }
}
