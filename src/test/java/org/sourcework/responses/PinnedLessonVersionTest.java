package org.sourcework.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.sourcework.support.ThisContextsSecurity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Work stays on the lesson version it was started on when the lesson changes. The telegram is
 * copied to a lessons folder of this test's own, which the test edits.
 */
@ExtendWith(ThisContextsSecurity.class)
@SpringBootTest
@ActiveProfiles("test")
class PinnedLessonVersionTest {

    private static Path lessonsDir;

    @Autowired
    ResponseService responses;

    @Autowired
    LessonCatalogService lessons;

    @Autowired
    RosterQueries roster;

    @Autowired
    RunAs runAs;

    @DynamicPropertySource
    static void lessonsFolder(DynamicPropertyRegistry registry) throws IOException {
        lessonsDir = Files.createTempDirectory("sourcework-pinned");
        var from = Path.of("lessons/moscow-1956");
        var to = Files.createDirectories(lessonsDir.resolve("moscow-1956"));
        try (var files = Files.list(from)) {
            for (var file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        registry.add("sourcework.lessons-dir", lessonsDir::toString);
    }

    @Test
    void work_started_on_an_older_version_keeps_showing_that_versions_text() throws IOException {
        var assignment =
                runAs.user("amira", () -> roster.myAssignments().getFirst().assignmentId());
        var before = runAs.user("amira", () -> responses.open(assignment));
        var question = TelegramQuestions.first(before.content(), ShortText.class);
        runAs.user("amira", () -> responses.save(assignment, question.id(), new TextAnswer("on version 1"), null));
        var oldTitle = before.content().title();

        var lessonFile = lessonsDir.resolve("moscow-1956/lesson.yaml");
        Files.writeString(lessonFile, Files.readString(lessonFile).replace(oldTitle, oldTitle + " (revised)"));
        assertThat(runAs.user("admin", () -> lessons.reload()).newVersions()).isEqualTo(1);

        var amiras = runAs.user("amira", () -> responses.open(assignment));
        assertThat(amiras.work().lessonVersion())
                .isEqualTo(before.work().lessonVersion())
                .isEqualTo(1);
        assertThat(amiras.content().title()).isEqualTo(oldTitle);
        assertThat(amiras.answers().get(question.id()).value()).isEqualTo(new TextAnswer("on version 1"));
        assertThat(runAs.user("amira", () -> responses.myLessons()).getFirst().lessonTitle())
                .isEqualTo(oldTitle);

        var bens = runAs.user("ben", () -> responses.open(assignment));
        assertThat(bens.work().lessonVersion()).isEqualTo(2);
        assertThat(bens.content().title()).isEqualTo(oldTitle + " (revised)");
    }
}
