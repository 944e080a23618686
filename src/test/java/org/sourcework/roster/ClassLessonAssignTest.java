package org.sourcework.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** An instructor gives a lesson to their own class from their learning platform (LTI deep linking). */
@IntegrationTest
@Transactional
class ClassLessonAssignTest {

    @Autowired
    ClassLessonService classLessons;

    @Autowired
    ClassAdminService classAdmin;

    @Autowired
    ClassRosterService classRoster;

    @Autowired
    RosterQueries roster;

    @Autowired
    LessonCatalogService lessons;

    @Autowired
    RunAs runAs;

    long telegram;
    long newClass;

    @BeforeEach
    void aNewClassTaughtByHughes() {
        telegram =
                runAs.user("admin", () -> lessons.lessonIdBySlug("moscow-1956").orElseThrow());
        newClass = runAs.user(
                "admin", () -> classAdmin.create("Deep Link 9Z", "Assign test").id());
        runAs.user("admin", () -> classRoster.addInstructor(newClass, "hughes"));
    }

    @Test
    void an_instructor_gives_a_lesson_once_and_giving_it_again_changes_its_path_and_due_date() {
        var due = Instant.parse("2027-02-01T23:59:00Z");

        long first = runAs.user("hughes", () -> classLessons.assign(newClass, telegram, LessonPath.CORE, null));
        long again = runAs.user("hughes", () -> classLessons.assign(newClass, telegram, LessonPath.FULL, due));

        assertThat(again).isEqualTo(first);
        assertThat(runAs.user("hughes", () -> roster.lessonsOf(newClass)))
                .singleElement()
                .satisfies(lesson -> {
                    assertThat(lesson.path()).isEqualTo(LessonPath.FULL);
                    assertThat(lesson.dueAt()).isEqualTo(due);
                });
    }

    @Test
    void an_instructor_cannot_give_a_lesson_to_a_class_they_do_not_teach() {
        assertThatThrownBy(() ->
                        runAs.user("okafor", () -> classLessons.assign(newClass, telegram, LessonPath.FULL, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
