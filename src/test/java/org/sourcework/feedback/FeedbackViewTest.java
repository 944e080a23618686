package org.sourcework.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcework.base.ui.NotFoundView;
import org.sourcework.feedback.ui.FeedbackView;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.ui.ReaderView;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.ReviewFixture;
import org.sourcework.review.ReviewService;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The student's feedback view: what it shows, that opening it marks feedback read, and whom it refuses. */
@IntegrationTest
@Import(ReviewFixture.class)
@Transactional
class FeedbackViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ReviewService review;

    @Autowired
    StudentFeedbackService studentFeedback;

    @Autowired
    ResponseService responses;

    @Autowired
    RunAs runAs;

    private List<Article> items() {
        return find(Article.class).withClassName("feedback-item").all();
    }

    private String text(com.vaadin.flow.component.HasElement component) {
        return org.sourcework.support.Rendered.text(component);
    }

    private static FeedbackInput comment(String text, Integer sentence, boolean revise) {
        return new FeedbackInput(Map.of(), null, null, text, sentence, revise);
    }

    private ClassAnswer give(ClassAnswer answer, FeedbackInput input) {
        runAs.user("hughes", () -> review.save(answer.answerId(), input, null));
        return answer;
    }

    @Test
    @WithUserDetails("amira")
    void opening_released_feedback_shows_each_mark_with_levels_comment_and_sentence_and_marks_it_read() {
        var content = fixture.content("amira");
        var cer = TelegramQuestions.first(content, ClaimEvidenceReasoning.class);
        var text = TelegramQuestions.firstInText(content, ShortText.class);
        var answers = new LinkedHashMap<Question, AnswerValue>();
        answers.put(text, new TextAnswer("It is what they call it. <b>not bold</b>"));
        answers.put(cer, new CerAnswer("Still a threat", "Sentence 2", "They compete elsewhere"));
        var handedIn = fixture.handInAll("amira", "hughes", answers);
        var criteria = cer.rubric().criteria();
        var levels = new LinkedHashMap<String, Integer>();
        criteria.forEach(criterion ->
                levels.put(criterion.id(), criterion.levels().get(1).score()));
        give(handedIn.get(0), comment("Who is keeping his distance here?", 2, false));
        give(handedIn.get(1), new FeedbackInput(levels, null, null, "Explain how sentence 2 proves it.", null, false));
        var assignment = handedIn.getFirst().assignmentId();
        runAs.user(
                "hughes",
                () -> review.releaseStudent(assignment, handedIn.getFirst().studentId()));

        navigate("feedback/" + assignment, FeedbackView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo(content.title());
        assertThat(items()).hasSize(2);
        var first = text(items().get(0));
        var sentence = content.document()
                .section(text.sectionId())
                .orElseThrow()
                .sentence(2)
                .orElseThrow()
                .text();
        assertThat(first)
                .contains(
                        text.prompt().strip(),
                        "It is what they call it. <b>not bold</b>",
                        "Who is keeping his distance here?",
                        "Sentence 2 of the opening:",
                        sentence.strip(),
                        "Find sentence 2 in the text");
        var link = find(RouterLink.class, items().get(0))
                .withClassName("sentence-link")
                .single();
        assertThat(link.getHref()).isEqualTo("lesson/" + assignment + "/" + text.sectionId() + "?sentence=2");
        var second = text(items().get(1));
        var criterion = criteria.getFirst();
        assertThat(second)
                .contains(
                        "Still a threat",
                        "They compete elsewhere",
                        criterion.label(),
                        "Level " + criterion.levels().get(1).score() + " of " + criterion.maxScore(),
                        criterion.levels().get(1).description().strip(),
                        "Explain how sentence 2 proves it.");
        assertThat(find(Component.class)
                        .withClassName("feedback-section-heading")
                        .all())
                .extracting(this::text)
                .as("grouped by section, in lesson order")
                .hasSize(2);
        assertThat(runAs.user(
                        "hughes",
                        () -> review.feedbackFor(
                                assignment, List.of(handedIn.getFirst().studentId()))))
                .allSatisfy(given -> assertThat(given.read()).isTrue());
        assertThat(studentFeedback.mySummaries().get(assignment).hasUnread()).isFalse();

        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        ReaderView.class,
                        ReaderView.parameters(assignment, text.sectionId()),
                        com.vaadin.flow.router.QueryParameters.of(ReaderView.SENTENCE, "2"));

        var pointed = org.sourcework.support.Rendered.of(
                        find(org.sourcework.lessons.ui.SourceText.class).single())
                .select(".sentence.pointed");
        assertThat(pointed).hasSize(1);
        assertThat(pointed.getFirst().id()).isEqualTo("sentence-2");
        assertThat(pointed.getFirst().text()).contains(sentence.strip());
    }

    @Test
    @WithUserDetails("ben")
    void drafts_are_never_shown_and_the_total_counts_only_released_marks() {
        var content = fixture.content("ben");
        var questions = TelegramQuestions.all(content, ShortText.class);
        var answers = new LinkedHashMap<Question, AnswerValue>();
        answers.put(questions.get(0), new TextAnswer("released one"));
        answers.put(questions.get(1), new TextAnswer("draft one"));
        var handedIn = fixture.handInAll("ben", "hughes", answers);
        give(handedIn.get(0), new FeedbackInput(Map.of(), java.math.BigDecimal.ONE, null, "Good start", null, false));
        give(handedIn.get(1), comment("Not ready to send", null, false));
        runAs.user("hughes", () -> review.releaseAnswer(handedIn.get(0).answerId()));

        navigate("feedback/" + handedIn.getFirst().assignmentId(), FeedbackView.class);

        assertThat(items())
                .singleElement()
                .satisfies(item -> assertThat(text(item)).contains("Good start"));
        var page = text(getCurrentView());
        assertThat(page)
                .doesNotContain("Not ready to send", "draft one")
                .contains("1 of " + questions.get(0).points() + " points");
    }

    @Test
    @WithUserDetails("chloe")
    void without_released_feedback_the_view_says_so() {
        var assignment = fixture.assignmentOf("chloe");

        navigate("feedback/" + assignment, FeedbackView.class);

        assertThat(items()).isEmpty();
        assertThat(find(H2.class).single().getText()).isEqualTo("No feedback yet");
        assertThat(text(getCurrentView())).contains("Your instructor has not released feedback on this lesson yet");
    }

    @Test
    @WithUserDetails("amira")
    void another_students_assignment_is_refused_like_a_missing_one() {
        var elenasAssignment = fixture.assignmentOf("elena");

        navigate("feedback/" + elenasAssignment, NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("feedback/999999", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("hughes")
    void an_instructor_cannot_open_a_students_feedback_view() {
        var assignment = fixture.assignmentOf("amira");

        navigate("feedback/" + assignment, NotFoundView.class);

        assertThat(getCurrentView()).isNotInstanceOf(FeedbackView.class);
    }

    @Test
    @WithUserDetails("daniel")
    void a_requested_revision_leads_to_the_reader_and_afterwards_the_versions_show_what_changed() {
        var question = TelegramQuestions.firstInText(fixture.content("daniel"), ShortText.class);
        var answer = give(
                fixture.handIn("daniel", "hughes", question, new TextAnswer("the first short try")),
                comment("Say more about the writer.", null, true));
        var assignment = answer.assignmentId();
        runAs.user("hughes", () -> review.releaseAnswer(answer.answerId()));

        navigate("feedback/" + assignment, FeedbackView.class);
        assertThat(text(items().getFirst())).contains("Your instructor asks you to revise this answer");
        test(find(Button.class).withClassName("revise-answer").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ReaderView.class);
        var version = responses.open(assignment).answers().get(question.id()).version();
        responses.save(assignment, question.id(), new TextAnswer("the second and longer try"), version);
        responses.handInRevision(assignment, question.id());
        navigate("feedback/" + assignment, FeedbackView.class);

        var item = items().getFirst();
        assertThat(text(item))
                .contains("Version 1, handed in", "the first short try", "You handed in a revised answer on")
                .doesNotContain("Revise this answer");
        var versions = find(NativeDetails.class, item).single();
        assertThat(text(versions)).contains("Your versions (2)", "Changes from version 1");
        var added = find(Component.class, versions).withClassName("diff-added").single();
        assertThat(added.getElement().getTag()).isEqualTo("ins");
        assertThat(text(added)).isEqualTo("Added: second and longer End of addition.");
        var removed =
                find(Component.class, versions).withClassName("diff-removed").single();
        assertThat(removed.getElement().getTag()).isEqualTo("del");
        assertThat(text(removed)).isEqualTo("Removed: first short End of removal.");
    }
}
