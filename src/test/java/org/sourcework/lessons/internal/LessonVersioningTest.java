package org.sourcework.lessons.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcework.base.ClusterLock;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonSummary;
import org.sourcework.lessons.LoadProblem;
import org.sourcework.support.RunAs;
import org.sourcework.support.ThisContextsSecurity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The catalogue on a lessons folder of its own, which the tests change: the telegram (so the demo
 * school still gets it), the small fixture lesson, and one broken lesson.
 */
@ExtendWith(ThisContextsSecurity.class)
@SpringBootTest
@ActiveProfiles("test")
class LessonVersioningTest {

    private static Path lessonsDir;

    @Autowired
    LessonCatalogService lessons;

    @Autowired
    ContentCache cache;

    @Autowired
    RunAs runAs;

    @Autowired
    LessonRepository lessonRepository;

    @Autowired
    LessonVersionRepository versionRepository;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ClusterLock clusterLock;

    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void lessonsFolder(DynamicPropertyRegistry registry) throws IOException {
        lessonsDir = Files.createTempDirectory("sourcework-lessons");
        copy(Path.of("lessons/moscow-1956"), lessonsDir.resolve("moscow-1956"));
        copy(Path.of("src/test/resources/lessons-fixtures/tiny"), lessonsDir.resolve("tiny"));
        copy(Path.of("src/test/resources/lessons-broken/evidence-key-no-match"), lessonsDir.resolve("broken"));
        registry.add("sourcework.lessons-dir", lessonsDir::toString);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (var name : LessonParser.FILES) {
            Files.copy(from.resolve(name), to.resolve(name));
        }
    }

    private LessonSummary summaryOf(String slug) {
        return runAs.user("admin", () -> lessons.lessonSummaries()).stream()
                .filter(summary -> summary.slug().equals(slug))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_broken_lesson_is_reported_and_the_others_are_loaded() {
        assertThat(runAs.user("admin", () -> lessons.lessonSummaries()))
                .extracting(LessonSummary::slug)
                .contains("moscow-1956", "tiny")
                .doesNotContain("broken");
        assertThat(runAs.user("admin", () -> lessons.problems()))
                .extracting(LoadProblem::formatted)
                .containsExactly(lessonsDir + "/broken/questions.yaml:10: evidence key 'rigidity, suspicions' matches"
                        + " no sentence in section III.B. Quote a phrase that appears in exactly one sentence of that"
                        + " section.");
    }

    @Test
    void changed_files_make_a_new_version_and_the_old_one_stays_readable() throws IOException {
        var before = summaryOf("tiny");
        var lessonFile = lessonsDir.resolve("tiny/lesson.yaml");
        var oldTitle = runAs.user("admin", () -> lessons.content(before.id())).title();
        Files.writeString(lessonFile, Files.readString(lessonFile).replace(oldTitle, oldTitle + " (revised)"));

        var reload = runAs.user("admin", () -> lessons.reload());

        assertThat(reload.newVersions()).isEqualTo(1);
        assertThat(reload.loaded()).isEqualTo(2);
        assertThat(reload.problems()).isEqualTo(1);
        var after = summaryOf("tiny");
        assertThat(after.currentVersion()).isEqualTo(before.currentVersion() + 1);
        assertThat(after.versionCount()).isEqualTo(before.versionCount() + 1);
        assertThat(after.title()).isEqualTo(oldTitle + " (revised)");
        cache.clear();
        assertThat(runAs.user("admin", () -> lessons.content(after.id())).title())
                .isEqualTo(oldTitle + " (revised)");
        assertThat(runAs.user("admin", () -> lessons.contentOfVersion(after.id(), before.currentVersion()))
                        .title())
                .isEqualTo(oldTitle);
    }

    @Test
    void a_version_another_node_stored_is_what_this_node_serves_next() throws IOException {
        var tiny = summaryOf("tiny");
        var oldTitle = runAs.user("admin", () -> lessons.content(tiny.id())).title();
        // another node: its own copy of the folder, its own cache, the same database
        var otherFolder = Files.createTempDirectory("sourcework-other-node");
        copy(lessonsDir.resolve("tiny"), otherFolder.resolve("tiny"));
        rewrite(otherFolder.resolve("tiny/lesson.yaml"), oldTitle, oldTitle + " (from the other node)");
        var otherNode = new LessonSync(
                lessonRepository,
                versionRepository,
                transactionManager,
                new ContentCache(),
                clusterLock,
                clock,
                otherFolder.toString());

        assertThat(otherNode.syncAll().newVersions()).isEqualTo(1);

        assertThat(runAs.user("admin", () -> lessons.content(tiny.id())).title())
                .isEqualTo(oldTitle + " (from the other node)");
        assertThat(summaryOf("tiny").currentVersion()).isEqualTo(tiny.currentVersion() + 1);
    }

    @Test
    void reload_without_changes_stores_no_new_version() {
        runAs.user("admin", () -> lessons.reload());

        var again = runAs.user("admin", () -> lessons.reload());

        assertThat(again.newVersions()).isZero();
    }

    @Test
    void a_broken_lesson_loads_once_it_is_fixed() throws IOException {
        var folder = lessonsDir.resolve("fixed-later");
        copy(Path.of("src/test/resources/lessons-broken/evidence-key-no-match"), folder);
        try {
            runAs.user("admin", () -> lessons.reload());
            assertThat(problemFiles()).contains(folder + "/questions.yaml");
            rewrite(folder.resolve("questions.yaml"), "rigidity, suspicions", "rigidity and brutality");

            runAs.user("admin", () -> lessons.reload());

            assertThat(problemFiles()).doesNotContain(folder + "/questions.yaml");
            assertThat(summaryOf("fixed-later").currentVersion()).isEqualTo(1);
        } finally {
            for (var name : LessonParser.FILES) {
                Files.deleteIfExists(folder.resolve(name));
            }
            Files.delete(folder);
            runAs.user("admin", () -> lessons.reload());
        }
    }

    private List<String> problemFiles() {
        return runAs.user("admin", () -> lessons.problems()).stream()
                .map(LoadProblem::file)
                .toList();
    }

    @Test
    void student_cannot_read_a_lesson_that_is_not_assigned_to_their_class() {
        var tiny = summaryOf("tiny").id();

        assertThatThrownBy(() -> runAs.user("amira", () -> lessons.content(tiny)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("amira", () -> lessons.contentOfVersion(tiny, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void rewrite(Path file, String from, String to) {
        try {
            Files.writeString(file, Files.readString(file).replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
