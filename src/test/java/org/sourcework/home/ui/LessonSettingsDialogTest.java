package org.sourcework.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.sourcework.roster.LessonPath;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** An instructor changes, from their home page, which questions their class is given and when it is due. */
@IntegrationTest
@Transactional
class LessonSettingsDialogTest extends SpringBrowserlessTest {

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<LessonPath> pathChoice() {
        return find(RadioButtonGroup.class).id("lesson-path");
    }

    private String cardPath() {
        return find(Span.class).withClassName("class-card-path").single().getText();
    }

    @Test
    @WithUserDetails("okafor")
    void an_instructor_gives_their_core_path_class_the_full_lesson_from_the_home_page() {
        navigate(InstructorHomeView.class);
        assertThat(cardPath()).isEqualTo("Core path (one period)");

        test(find(Button.class).withClassName("class-card-settings").single()).click();
        test(pathChoice()).selectItem("Full lesson");
        test(find(Button.class).id("save-lesson-settings")).click();

        assertThat(cardPath()).isEqualTo("Full lesson");
        assertThat(runAs.user("elena", () -> roster.myAssignments().getFirst().path()))
                .isEqualTo(LessonPath.FULL);
    }

    @Test
    @WithUserDetails("hughes")
    void choosing_the_core_path_for_a_full_class_says_that_answers_to_other_questions_are_kept() {
        navigate(InstructorHomeView.class);
        test(find(Button.class).withClassName("class-card-settings").single()).click();
        assertThat(pathChoice().getValue()).isEqualTo(LessonPath.FULL);

        test(pathChoice()).selectItem("Core path (one period)");

        assertThat(pathChoice().getHelperText())
                .contains(
                        "are kept",
                        "not counted in progress or scores",
                        "Outside the assigned questions",
                        "count again if you go back to the full lesson");
        test(find(Button.class).id("save-lesson-settings")).click();
        assertThat(cardPath()).isEqualTo("Core path (one period)");
    }
}
