package org.sourcework.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Article;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcework.feedback.ui.FeedbackView;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.responses.ResponseService;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.ReviewService;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.support.RunAs;
import org.sourcework.support.ThisContextsSecurity;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review and feedback screens on the two-document test lesson: Amira, in a class of her own
 * taught by Hughes, answers a question before the mother's reply and one on the reply itself; every
 * screen must set and name the reply, never the soldier's letter.
 */
@ExtendWith(ThisContextsSecurity.class)
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = TwoLettersFolder.class)
@Transactional
class TwoDocumentReviewScreensTest extends SpringBrowserlessTest {

    @Autowired
    LessonCatalogService lessons;

    @Autowired
    ClassAdminService classes;

    @Autowired
    ClassRosterService rosters;

    @Autowired
    ResponseService responses;

    @Autowired
    ClassWorkService classWork;

    @Autowired
    ReviewService review;

    @Autowired
    UserService users;

    @Autowired
    RunAs runAs;

    private long assignment;
    private long amira;
    private LessonContent content;
    private int cheered;

    @BeforeEach
    void amira_answers_on_the_reply_and_hughes_comments_on_its_sentence() {
        var lessonId =
                runAs.user("admin", () -> lessons.lessonIdBySlug("two-letters").orElseThrow());
        assignment = runAs.user("admin", () -> {
            var created = classes.create("Letters 9A", "Spring 2027");
            rosters.addInstructor(created.id(), "hughes");
            rosters.enrolStudent(created.id(), "amira");
            return rosters.assignLesson(created.id(), lessonId, null);
        });
        amira = runAs.user(
                "admin", () -> users.findByUsername("amira").orElseThrow().id());
        content = runAs.user("amira", () -> responses.open(assignment).content());
        cheered = content.section("reply-letter")
                .orElseThrow()
                .sentences()
                .getFirst()
                .number();
        runAs.user("amira", () -> {
            responses.save(assignment, "no-censor", new ChoiceAnswer(List.of("a")), null);
            responses.save(assignment, "cheering", new EvidenceAnswer(List.of(cheered)), null);
            responses.submit(assignment);
        });
        runAs.user("hughes", () -> {
            for (var question : List.of("no-censor", "cheering")) {
                var answer = classWork
                        .answersTo(assignment, question, List.of(amira))
                        .getFirst();
                review.save(
                        answer.answerId(),
                        new FeedbackInput(
                                Map.of(),
                                null,
                                null,
                                "Look again at " + question,
                                question.equals("cheering") ? cheered : null,
                                false),
                        null);
            }
            review.releaseStudent(assignment, amira);
        });
    }

    private static String text(HasElement component) {
        return org.sourcework.support.Rendered.text(component);
    }

    private String pane() {
        return text(find(SourcePane.class).single());
    }

    @Test
    @WithUserDetails("hughes")
    void by_question_sets_the_replys_passage_under_the_replys_title() {
        navigate("review/" + assignment + "/question/cheering", ReviewByQuestionView.class);

        assertThat(find(SourcePane.class).single().getElement().getAttribute("aria-label"))
                .isEqualTo("The passage from A Reply from Leeds: [Her letter]");
        assertThat(pane())
                .startsWith("The passage, from A Reply from Leeds")
                .contains("the whole street cheered")
                .doesNotContain("Dear mother");
    }

    @Test
    @WithUserDetails("hughes")
    void by_question_shows_the_replys_sourcing_card_for_a_question_asked_before_reading_it() {
        navigate("review/" + assignment + "/question/no-censor", ReviewByQuestionView.class);

        assertThat(pane())
                .startsWith("Asked before reading A Reply from Leeds")
                .contains("The soldier's mother", "Letters home were not censored")
                .doesNotContain("A private soldier in the British Army");
    }

    @Test
    @WithUserDetails("hughes")
    void by_student_names_each_part_of_the_reply_with_the_reply() {
        navigate("review/" + assignment + "/student/" + amira, ReviewByStudentView.class);

        var headings = find(StudentSection.class).all().stream()
                .map(section -> section.getElement().getChild(0).getTextRecursively())
                .toList();
        assertThat(headings)
                .containsExactly(
                        "Before reading A Letter Home",
                        "Before reading A Reply from Leeds",
                        "A Reply from Leeds: [Her letter]",
                        "A Letter Home: section I.");
        var reply = find(StudentSection.class).all().stream()
                .filter(section -> text(section).contains("Before reading A Reply from Leeds"))
                .findFirst()
                .orElseThrow();
        assertThat(text(reply))
                .contains("Letters home were not censored")
                .doesNotContain("A private soldier in the British Army");
    }

    @Test
    void the_class_overview_has_columns_for_the_replys_questions_named_with_the_reply() {
        var columns = SectionColumn.of(content, List.of(), "Before reading");

        assertThat(columns)
                .extracting(SectionColumn::sectionId)
                .containsExactly("headnote", "I", "reply", "reply-letter");
        assertThat(columns.get(2).label()).isEqualTo("[A Reply from Leeds]");
        assertThat(columns.get(3).label()).startsWith("A Reply from Leeds: ");
    }

    @Test
    @WithUserDetails("amira")
    void the_students_feedback_page_shows_the_reply_feedback_under_the_replys_name() {
        navigate("feedback/" + assignment, FeedbackView.class);

        var headings =
                find(com.vaadin.flow.component.html.H2.class).withClassName("feedback-section-heading").all().stream()
                        .map(TwoDocumentReviewScreensTest::text)
                        .toList();
        assertThat(headings).containsExactly("Before you read A Reply from Leeds", "A Reply from Leeds: [Her letter]");
        var items = find(Article.class).withClassName("feedback-item").all();
        assertThat(items).hasSize(2);
        assertThat(text(items.get(1)))
                .contains(
                        "Look again at cheering",
                        "Sentence " + cheered + " of A Reply from Leeds, [Her letter]:",
                        "the whole street cheered");
    }
}
