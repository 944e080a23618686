package org.sourcework.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Finding a student of a class by name, and where a student stands in the class list, for the grading screens. */
@IntegrationTest
@Transactional
class ClassStudentSearchTest {

    @Autowired
    RosterQueries roster;

    @Autowired
    UserService users;

    @Autowired
    RunAs runAs;

    private long classOf(String instructor) {
        return runAs.user(instructor, () -> roster.classesITeach().getFirst().id());
    }

    private long idOf(String username) {
        return runAs.user(
                "admin", () -> users.findByUsername(username).orElseThrow().id());
    }

    @Test
    void students_are_found_by_part_of_their_name_or_username_in_any_case() {
        var classId = classOf("hughes");

        var found = runAs.user("hughes", () -> roster.findStudents(classId, "CHLO", 0, 20));

        assertThat(found).extracting(ClassStudent::displayName).containsExactly("Chloé Martin");
        assertThat(runAs.user("hughes", () -> roster.findStudents(classId, "dan", 0, 20)))
                .extracting(ClassStudent::username)
                .containsExactly("daniel");
        assertThat(runAs.user("hughes", () -> roster.countStudents(classId, "")))
                .isEqualTo(4);
        assertThat(runAs.user("hughes", () -> roster.findStudents(classId, "", 1, 2)))
                .extracting(ClassStudent::username)
                .containsExactly("ben", "chloe");
    }

    @Test
    void wildcards_in_the_search_text_are_plain_characters() {
        var classId = classOf("hughes");

        assertThat(runAs.user("hughes", () -> roster.findStudents(classId, "%", 0, 20)))
                .isEmpty();
        assertThat(runAs.user("hughes", () -> roster.countStudents(classId, "_")))
                .isZero();
    }

    @Test
    void a_students_place_names_who_comes_before_and_after_by_name() {
        var classId = classOf("hughes");

        var place =
                runAs.user("hughes", () -> roster.placeOf(classId, idOf("ben"))).orElseThrow();

        assertThat(place.student().displayName()).isEqualTo("Ben Carter");
        assertThat(place.position()).isEqualTo(2);
        assertThat(place.count()).isEqualTo(4);
        assertThat(place.previous().username()).isEqualTo("amira");
        assertThat(place.next().username()).isEqualTo("chloe");
        var first = runAs.user("hughes", () -> roster.placeOf(classId, idOf("amira")))
                .orElseThrow();
        assertThat(first.previous()).isNull();
        var last = runAs.user("hughes", () -> roster.placeOf(classId, idOf("daniel")))
                .orElseThrow();
        assertThat(last.next()).isNull();
        assertThat(last.position()).isEqualTo(4);
    }

    @Test
    void a_student_of_another_class_has_no_place_in_this_one() {
        var classId = classOf("hughes");

        assertThat(runAs.user("hughes", () -> roster.placeOf(classId, idOf("elena"))))
                .isEmpty();
    }

    @Test
    void only_an_instructor_of_the_class_may_search_it() {
        var classId = classOf("hughes");

        assertThatThrownBy(() -> runAs.user("okafor", () -> roster.findStudents(classId, "", 0, 20)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("okafor", () -> roster.placeOf(classId, idOf("amira"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("amira", () -> roster.countStudents(classId, "")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
