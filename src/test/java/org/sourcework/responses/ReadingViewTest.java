package org.sourcework.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The student's choice of original, adapted or both is remembered, and their instructor sees it. */
@IntegrationTest
@Transactional
class ReadingViewTest {

    @Autowired
    ResponseService responses;

    @Autowired
    ClassWorkService classWork;

    @Autowired
    RosterQueries roster;

    @Autowired
    UserService users;

    @Autowired
    RunAs runAs;

    private long assignmentOf(String student) {
        return runAs.user(student, () -> roster.myAssignments().getFirst().assignmentId());
    }

    private StudentProgress progressOf(String student, long assignment) {
        var id = runAs.user(
                "admin", () -> users.findByUsername(student).orElseThrow().id());
        return runAs.user(
                "hughes", () -> classWork.progress(assignment, List.of(id)).getFirst());
    }

    @Test
    void the_lesson_has_an_adapted_text_and_a_student_starts_with_the_original() {
        var lesson = runAs.user("amira", () -> responses.open(assignmentOf("amira")));

        assertThat(lesson.content().adaptedText("III.B")).isNotEmpty();
        assertThat(lesson.work().readingView()).isEqualTo(ReadingView.ORIGINAL);
    }

    @Test
    void the_students_choice_is_remembered_for_their_next_visit() {
        var assignment = assignmentOf("ben");

        runAs.user("ben", () -> responses.chooseReadingView(assignment, ReadingView.BOTH));

        assertThat(runAs.user("ben", () -> responses.open(assignment)).work().readingView())
                .isEqualTo(ReadingView.BOTH);
        assertThat(runAs.user("chloe", () -> responses.open(assignment)).work().readingView())
                .as("another student's choice is their own")
                .isEqualTo(ReadingView.ORIGINAL);
    }

    @Test
    void the_instructor_sees_whether_a_student_read_the_adapted_text_even_after_going_back_to_the_original() {
        var assignment = assignmentOf("daniel");
        runAs.user("daniel", () -> responses.open(assignment));
        assertThat(progressOf("daniel", assignment).adaptedReadAt()).isNull();

        runAs.user("daniel", () -> responses.chooseReadingView(assignment, ReadingView.ADAPTED));
        runAs.user("daniel", () -> responses.chooseReadingView(assignment, ReadingView.ORIGINAL));

        var progress = progressOf("daniel", assignment);
        assertThat(progress.adaptedReadAt()).isNotNull();
        assertThat(progress.readingView()).isEqualTo(ReadingView.ORIGINAL);
        assertThat(progressOf("amira", assignment).adaptedReadAt())
                .as("a student who never chose it")
                .isNull();
    }

    @Test
    void a_student_cannot_choose_for_a_lesson_of_another_class() {
        var assignment = assignmentOf("amira");

        assertThatThrownBy(() -> runAs.user("elena", () -> responses.chooseReadingView(assignment, ReadingView.BOTH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("amira", () -> responses.chooseReadingView(assignment, null)))
                .isInstanceOf(AnswerRejectedException.class);
    }
}
