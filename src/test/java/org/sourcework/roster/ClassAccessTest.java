package org.sourcework.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class ClassAccessTest {

    @Autowired
    ClassAccess access;

    @Autowired
    RosterQueries roster;

    @Autowired
    RunAs runAs;

    private long classId(String name) {
        return runAs.user(
                "admin",
                () -> roster.findClass(name, "Spring 2027").orElseThrow().id());
    }

    private long telegramLessonId() {
        return runAs.user("amira", () -> roster.myAssignments().getFirst().lessonId());
    }

    @Test
    void instructor_reaches_their_own_class_but_not_another_instructors_even_with_its_id() {
        var mine = classId("History 11A");
        var theirs = classId("History 11B");

        assertThat(runAs.user("hughes", () -> access.teaches(mine))).isTrue();
        assertThat(runAs.user("hughes", () -> access.teaches(theirs))).isFalse();
        assertThatThrownBy(() -> runAs.user("hughes", () -> access.requireTeaches(theirs)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_student_is_not_the_teacher_of_their_own_class() {
        var mine = classId("History 11A");

        assertThat(runAs.user("amira", () -> access.isStudentIn(mine))).isTrue();
        assertThat(runAs.user("amira", () -> access.teaches(mine))).isFalse();
        assertThat(runAs.user("amira", () -> access.isStudentIn(classId("History 11B"))))
                .isFalse();
    }

    @Test
    void a_student_may_read_only_lessons_assigned_to_their_classes() {
        var lessonId = telegramLessonId();
        var unassignedLesson = lessonId + 1_000_000;

        assertThat(runAs.user("amira", () -> access.mayReadLesson(lessonId))).isTrue();
        assertThat(runAs.user("amira", () -> access.mayReadLesson(unassignedLesson)))
                .isFalse();
        assertThatThrownBy(() -> runAs.user("amira", () -> access.requireMayReadLesson(unassignedLesson)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("This lesson is not assigned to any of your classes.");
    }
}
