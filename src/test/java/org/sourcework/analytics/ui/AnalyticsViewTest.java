package org.sourcework.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.analytics.StudentSkills;
import org.sourcework.base.ui.EmptyState;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
// rolled back after each test, so the demo students stay untouched for the other tests
@Transactional
class AnalyticsViewTest extends SpringBrowserlessTest {

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @Autowired
    ResponseService responses;

    private long assignment;
    private LessonContent content;

    @BeforeEach
    void findAssignment() {
        assignment = runAs.user("amira", () -> roster.myAssignments().getFirst().assignmentId());
        content = runAs.user("amira", () -> responses.open(assignment).content());
    }

    private void answer(String student, Question question, AnswerValue value) {
        runAs.user(student, () -> responses.save(assignment, question.id(), value, null));
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private Select<Question> picker() {
        return (Select<Question>)
                find(Select.class).withId(QuestionSection.PICKER_ID).single();
    }

    @Test
    @WithUserDetails("hughes")
    void the_first_question_shows_each_option_with_its_count_and_share_and_the_correct_one_in_words() {
        var question = TelegramQuestions.first(content, SingleChoice.class);
        var wrong = question.options().stream()
                .filter(option -> !option.correct())
                .findFirst()
                .orElseThrow();
        answer(
                "amira",
                question,
                new ChoiceAnswer(List.of(question.correctOption().id())));
        answer("ben", question, new ChoiceAnswer(List.of(wrong.id())));
        answer("chloe", question, new ChoiceAnswer(List.of(wrong.id())));

        navigate("review/" + assignment + "/analytics", AnalyticsView.class);

        assertThat(picker().getValue()).isEqualTo(content.questions().getFirst());
        var bars = find(BarTable.class).single().getElement().getTextRecursively();
        assertThat(bars)
                .contains(
                        question.correctOption().text(),
                        "Correct answer",
                        "1 (33%)",
                        wrong.text(),
                        "2 (67%)",
                        "0 (0%)");
        assertThat(text())
                .contains("3 of 4", "33%", "chose the right answer", "Most common wrong answers", "2 students");
    }

    @Test
    @WithUserDetails("hughes")
    void the_skill_chart_is_a_picture_with_its_figures_in_words_and_each_student_is_a_row_of_the_heat_map() {
        var question = TelegramQuestions.first(content, SingleChoice.class);
        answer(
                "amira",
                question,
                new ChoiceAnswer(List.of(question.correctOption().id())));

        navigate("review/" + assignment + "/analytics", AnalyticsView.class);

        var svg =
                find(com.vaadin.flow.component.Svg.class).withId(SkillChart.ID).single();
        assertThat(svg.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg.getElement().getAttribute("aria-label"))
                .contains("Sourcing 100%", "Corroboration not scored yet");
        assertThat(svg.getElement().getProperty("innerHTML")).contains("<svg", "100%", "viewBox");
        @SuppressWarnings("unchecked")
        var grid = test((Grid<StudentSkills>) find(Grid.class).single());
        assertThat(IntStream.range(0, grid.size())
                        .mapToObj(grid::getRow)
                        .map(row -> row.student().username()))
                .containsExactly("amira", "ben", "chloe", "daniel");
        assertThat(grid.getRow(0).skills().getFirst().percent()).isEqualTo(100);
    }

    @Test
    @WithUserDetails("hughes")
    void choosing_an_evidence_question_shows_how_often_each_sentence_was_chosen_and_marks_the_key() {
        var question = TelegramQuestions.firstInText(content, Evidence.class);
        var key = question.keySentences().getFirst();
        answer("amira", question, new EvidenceAnswer(List.of(key)));
        navigate("review/" + assignment + "/analytics", AnalyticsView.class);

        test(picker()).selectItem(picker().getItemLabelGenerator().apply(question));

        var section = content.document().section(question.sectionId()).orElseThrow();
        var bars = find(BarTable.class).single().getElement().getTextRecursively();
        assertThat(bars).contains(section.sentence(key).orElseThrow().text(), "In the key", "1 (100%)");
        assertThat(text()).contains("The claim", question.claim());
    }

    @Test
    @WithUserDetails("hughes")
    void before_anyone_answers_the_screen_says_so_instead_of_drawing_empty_bars() {
        navigate("review/" + assignment + "/analytics", AnalyticsView.class);

        assertThat(find(EmptyState.class).all()).hasSize(2);
        assertThat(text()).contains("No scored answers yet", "Nobody has answered this question yet");
        assertThat(find(BarTable.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("hughes")
    void the_export_button_downloads_a_csv_named_after_the_class_and_lesson() {
        navigate("review/" + assignment + "/analytics", AnalyticsView.class);

        var export = find(Anchor.class).withId(ExportButton.ID).single();
        assertThat(export.getElement().getTextRecursively()).isEqualTo("Export answers (CSV)");
        assertThat(export.getElement().getAttribute("download")).isEqualTo("history-11a-moscow-1956-answers.csv");
        assertThat(export.getHref()).isNotBlank();
    }

    @Test
    @WithUserDetails("okafor")
    void an_instructor_of_another_class_gets_not_found() {
        UI.getCurrent().navigate("review/" + assignment + "/analytics");

        assertThat(getCurrentView()).isNotInstanceOf(AnalyticsView.class);
    }

    @Test
    @WithUserDetails("amira")
    void a_student_cannot_open_the_analytics() {
        UI.getCurrent().navigate("review/" + assignment + "/analytics");

        assertThat(getCurrentView()).isNotInstanceOf(AnalyticsView.class);
    }
}
