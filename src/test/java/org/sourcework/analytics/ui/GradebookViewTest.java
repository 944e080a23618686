package org.sourcework.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.analytics.GradebookPart;
import org.sourcework.base.ui.NotFoundView;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The gradebook screen: a row per student, sorting, sections or skills, both exports, who may open it. */
@IntegrationTest
// rolled back after each test, so the demo students stay untouched for the other tests
@Transactional
class GradebookViewTest extends SpringBrowserlessTest {

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

    private GradebookGrid grid() {
        return find(GradebookGrid.class).single();
    }

    private List<String> names() {
        var grid = test(grid());
        return IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getRow(i).student().displayName())
                .toList();
    }

    @Test
    @WithUserDetails("hughes")
    void one_row_per_student_sorted_by_total_puts_the_highest_first() {
        var question = TelegramQuestions.first(content, SingleChoice.class);
        runAs.user(
                "ben",
                () -> responses.save(
                        assignment,
                        question.id(),
                        new ChoiceAnswer(List.of(question.correctOption().id())),
                        null));

        navigate("review/" + assignment + "/gradebook", GradebookView.class);
        assertThat(names()).containsExactly("Amira Haddad", "Ben Carter", "Chloé Martin", "Daniel Kowalski");

        grid().sort(GridSortOrder.desc(grid().getColumnByKey(GradebookPart.TOTAL))
                .build());

        assertThat(names().getFirst()).isEqualTo("Ben Carter");
        assertThat(test(grid()).getRow(0).earned()).containsKey(GradebookPart.TOTAL);
        assertThat(test(grid()).getRow(1).earned()).as("nothing scored yet").isEmpty();
    }

    @Test
    @WithUserDetails("hughes")
    void sections_or_skills_are_shown_one_set_at_a_time_and_both_exports_are_offered() {
        navigate("review/" + assignment + "/gradebook", GradebookView.class);
        var sectionKey = "section-" + content.questions().getLast().sectionId();
        var skillKey = "skill-" + content.questions().getFirst().skill().fileName();
        assertThat(grid().getColumnByKey(sectionKey).isVisible()).isTrue();
        assertThat(grid().getColumnByKey(skillKey).isVisible()).isFalse();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> columns = find(RadioButtonGroup.class).id("gradebook-columns");
        test(columns).selectItem("Skill");

        assertThat(grid().getColumnByKey(sectionKey).isVisible()).isFalse();
        assertThat(grid().getColumnByKey(skillKey).isVisible()).isTrue();
        assertThat(find(Anchor.class).id("export-gradebook").getElement().getTextRecursively())
                .isEqualTo("Export gradebook (CSV)");
        assertThat(find(Anchor.class).id(ExportButton.ID).getElement().getTextRecursively())
                .isEqualTo("Export answers (CSV)");
    }

    @Test
    @WithUserDetails("okafor")
    void an_instructor_of_another_class_finds_nothing_there() {
        UI.getCurrent().navigate("review/" + assignment + "/gradebook");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("amira")
    void a_student_is_turned_away() {
        UI.getCurrent().navigate("review/" + assignment + "/gradebook");

        assertThat(getCurrentView()).isNotInstanceOf(GradebookView.class);
    }
}
