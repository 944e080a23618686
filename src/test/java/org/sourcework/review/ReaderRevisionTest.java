package org.sourcework.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.ui.ReaderView;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** In a submitted lesson, the one answer the instructor asked to revise can be changed and handed in again. */
@IntegrationTest
@Import(ReviewFixture.class)
@Transactional
@WithUserDetails("chloe")
class ReaderRevisionTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ReviewService review;

    @Autowired
    ResponseService responses;

    @Autowired
    RunAs runAs;

    private Section card(Question question) {
        return find(Section.class).id("question-" + question.id());
    }

    private static String text(Component component) {
        return org.sourcework.support.Rendered.text(component);
    }

    @Test
    void only_the_answer_asked_for_is_editable_and_handing_it_in_makes_it_read_only_again() {
        var questions = TelegramQuestions.all(fixture.content("chloe"), ShortText.class).stream()
                .filter(question -> question.sectionId().equals("opening"))
                .toList();
        var revise = questions.get(0);
        var keep = questions.get(1);
        var answers = new LinkedHashMap<Question, AnswerValue>();
        answers.put(revise, new TextAnswer("first try"));
        answers.put(keep, new TextAnswer("fine as it is"));
        var handedIn = fixture.handInAll("chloe", "hughes", answers);
        var assignment = handedIn.getFirst().assignmentId();
        runAs.user("hughes", () -> {
            review.save(
                    handedIn.get(0).answerId(),
                    new FeedbackInput(Map.of(), null, null, "Look again", null, true),
                    null);
            review.releaseStudent(assignment, handedIn.getFirst().studentId());
        });

        navigate("lesson/" + assignment + "/opening", ReaderView.class);

        var revising = card(revise);
        assertThat(find(TextArea.class, revising).single().isReadOnly()).isFalse();
        assertThat(find(TextArea.class, card(keep)).single().isReadOnly()).isTrue();
        assertThat(text(revising)).contains("Your instructor asked you to revise this answer");
        assertThat(find(Anchor.class, revising)
                        .withText("Read the feedback")
                        .single()
                        .getHref())
                .isEqualTo("feedback/" + assignment);
        assertThat(text(find(Component.class).withClassName("submitted-banner").single()))
                .contains("Your instructor asked you to revise 1 answer", "Question");
        assertThat(text(find(Component.class).withClassName("section-list").single()))
                .contains("Revise");

        test(find(TextArea.class, revising).single()).setValue("second try, with more thought");
        test(find(Button.class, revising).withClassName("hand-in-revision").single())
                .click();

        var after = card(revise);
        assertThat(find(TextArea.class, after).single().isReadOnly()).isTrue();
        assertThat(find(Button.class).withClassName("hand-in-revision").exists())
                .isFalse();
        assertThat(text(after)).contains("Revised answer handed in");
        assertThat(text(find(Component.class).withClassName("submitted-banner").single()))
                .doesNotContain("revise");
        var now = fixture.answer("hughes", assignment, "chloe", revise.id());
        assertThat(now.value()).isEqualTo(new TextAnswer("second try, with more thought"));
        assertThat(now.revisionNumber()).isEqualTo(2);
    }

    @Test
    void a_submitted_lesson_without_revisions_stays_read_only_everywhere() {
        var question = TelegramQuestions.firstInText(fixture.content("chloe"), ShortText.class);
        var answer = fixture.handIn("chloe", "hughes", question, new TextAnswer("done"));
        runAs.user("hughes", () -> {
            review.save(answer.answerId(), new FeedbackInput(Map.of(), null, null, "Good", null, false), null);
            review.releaseAnswer(answer.answerId());
        });

        navigate("lesson/" + answer.assignmentId() + "/" + question.sectionId(), ReaderView.class);

        assertThat(find(TextArea.class).all()).isNotEmpty().allMatch(TextArea::isReadOnly);
        assertThat(find(Button.class).withClassName("hand-in-revision").exists())
                .isFalse();
        assertThat(text(find(Component.class).withClassName("submitted-banner").single()))
                .contains("Your answers are read-only now");
    }
}
