package org.sourcework.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The catalogue on the application's own lessons folder, with the demo school. */
@IntegrationTest
class LessonCatalogServiceTest {

    @Autowired
    LessonCatalogService lessons;

    @Autowired
    RunAs runAs;

    private long telegramId() {
        return runAs.user("admin", () -> lessons.lessonIdBySlug("moscow-1956").orElseThrow());
    }

    @Test
    void telegram_lesson_is_loaded_at_start_up_as_version_1() {
        var summaries = runAs.user("admin", () -> lessons.lessonSummaries());

        assertThat(summaries)
                .filteredOn(summary -> summary.slug().equals("moscow-1956"))
                .singleElement()
                .satisfies(summary -> {
                    assertThat(summary.currentVersion()).isEqualTo(1);
                    assertThat(summary.versionCount()).isEqualTo(1);
                    assertThat(summary.title()).startsWith("Moscow, April 1956");
                });
        assertThat(runAs.user("admin", () -> lessons.problems())).noneMatch(LoadProblem::isError);
        assertThat(runAs.user("admin", () -> lessons.lessonCount())).isEqualTo(summaries.size());
    }

    @Test
    void student_reads_the_current_version_of_a_lesson_assigned_to_their_class() {
        var id = telegramId();

        var content = runAs.user("amira", () -> lessons.content(id));

        assertThat(content.slug()).isEqualTo("moscow-1956");
        assertThat(content.document().section("III.B")).isPresent();
        assertThat(runAs.user("amira", () -> lessons.currentVersionNumber(id))).isEqualTo(1);
        assertThat(runAs.user("amira", () -> lessons.contentOfVersion(id, 1))).isSameAs(content);
    }

    @Test
    void student_sees_the_titles_of_their_lessons() {
        var id = telegramId();

        var titles = runAs.user("amira", () -> lessons.titles(List.of(id, id + 1_000_000)));

        assertThat(titles).containsOnlyKeys(id);
        assertThat(titles.get(id)).startsWith("Moscow, April 1956");
    }

    @Test
    void asking_for_a_lesson_that_does_not_exist_says_so() {
        assertThatThrownBy(() -> runAs.user("admin", () -> lessons.content(-1)))
                .isInstanceOf(LessonNotFoundException.class);
        assertThatThrownBy(() -> runAs.user("admin", () -> lessons.contentOfVersion(telegramId(), 99)))
                .isInstanceOf(LessonNotFoundException.class);
    }

    @Test
    void reload_is_refused_for_a_student() {
        assertThatThrownBy(() -> runAs.user("amira", () -> lessons.reload())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("hughes", () -> lessons.problems()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reload_is_refused_without_sign_in() {
        assertThatThrownBy(() -> lessons.reload()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> lessons.content(telegramId()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void reload_of_unchanged_lessons_stores_no_new_version() {
        var summary = runAs.user("admin", () -> lessons.reload());

        assertThat(summary.newVersions()).isZero();
        assertThat(summary.loaded())
                .isEqualTo(runAs.user("admin", () -> lessons.lessonSummaries()).size());
    }
}
