package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.roster.LessonPath;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An evidence question that takes up to two sentences, in Chromium (the telegram's all take one, so the
 * other browser tests never reach the checkboxes): sentences chosen by clicking the text are ticked in the
 * list and marked in the text, a third is refused with a message and the question and page say it is not
 * saved until one is taken away again, un-choosing in the list unmarks the text, and what was saved comes back after a reload. Its own server, on a copy of the
 * loader's small test lesson with a third sentence in section II.A and its sections open in any order.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sourcework.demo.sample-work=false")
class SeveralSentencesIT extends BrowserBase {

    private static final String STUDENT = "amira";
    private static final String QUESTION = "best-sentence";

    @Autowired
    RunAs runAs;

    @Autowired
    LessonCatalogService lessons;

    @Autowired
    ClassRosterService rosters;

    @Autowired
    ResponseService responses;

    @Autowired
    JdbcClient jdbc;

    private long assignment;

    // made once: Spring may ask for a property more than once, and each answer must be the same folder
    private static final Path DATA_DIR = freshDataDir("several-");
    private static final Path LESSONS_DIR = lessonsFolder();

    @DynamicPropertySource
    static void aLessonWithAThreeSentenceSection(DynamicPropertyRegistry registry) {
        registry.add("sourcework.data-dir", DATA_DIR::toString);
        registry.add("sourcework.lessons-dir", LESSONS_DIR::toString);
    }

    private static Path lessonsFolder() {
        try {
            var fixture = Path.of("src", "test", "resources", "lessons-fixtures", "tiny");
            var lesson = Files.createDirectories(
                    Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-lessons")), "several-")
                            .resolve("tiny"));
            try (var files = Files.list(fixture)) {
                for (var file : files.toList()) {
                    var text = Files.readString(file)
                            .replace("gated: true", "gated: false")
                            .replace(
                                    "brutality frightened everyone.",
                                    "brutality frightened everyone. Nobody trusted the new allies.");
                    Files.writeString(lesson.resolve(file.getFileName()), text);
                }
            }
            return lesson.getParent().toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    void assignTheLessonToAmirasClass() {
        long lessonId = runAs.user("admin", () -> lessons.lessonIdBySlug("tiny").orElseThrow());
        long classId = jdbc.sql("select e.class_id from enrolment e join app_user u on u.id = e.user_id"
                        + " where u.username = ?")
                .param(STUDENT)
                .query(Long.class)
                .single();
        assignment = runAs.user("admin", () -> rosters.assignLesson(classId, lessonId, null, LessonPath.FULL));
    }

    @Test
    void two_sentences_are_chosen_in_the_text_a_third_is_refused_and_the_list_and_text_agree_after_a_reload() {
        var reader = new LessonReader(page);
        page.signIn(STUDENT, BrowserTestBase.PASSWORD);
        reader.open(assignment, "II.A");
        assertThat(page.driver()
                        .findElements(By.cssSelector("#question-" + QUESTION + " vaadin-checkbox"))
                        .size())
                .as("one checkbox per sentence")
                .isEqualTo(3);

        reader.click(reader.sentence(2));
        awaitSaved(2);
        reader.click(reader.sentence(3));
        awaitSaved(2, 3);
        assertThat(reader.highlightedSentences()).containsExactly(2, 3);
        assertThat(reader.chosen(QUESTION)).hasSize(2).allMatch(label -> !label.startsWith("Sentence 1"));

        reader.click(reader.sentence(1));
        page.waitFor().until(driver -> !error().isEmpty());
        assertThat(error()).isEqualTo("Choose at most 2 sentences.");
        assertThat(reader.saveStatus(QUESTION)).isEqualTo("Not saved: see the message above.");
        assertThat(page.driver()
                        .findElement(By.cssSelector(".page-save-status"))
                        .getText())
                .startsWith("Not saved: see the message at the question.");
        assertThat(saved()).as("nothing saved while three are chosen").containsExactly(2, 3);

        // taking back the third is back to what is saved
        reader.click(reader.sentence(1));
        page.waitFor().until(driver -> reader.saveStatus(QUESTION).startsWith("Saved at "));
        assertThat(error()).isEmpty();
        assertThat(reader.highlightedSentences()).containsExactly(2, 3);
        reader.click(reader.sentence(1));
        page.waitFor().until(driver -> !error().isEmpty());

        reader.click(reader.option(QUESTION, "Sentence 3"));
        awaitSaved(1, 2);
        assertThat(error()).isEmpty();
        assertThat(reader.highlightedSentences()).containsExactly(1, 2);

        reader.reload();
        assertThat(reader.highlightedSentences()).containsExactly(1, 2);
        assertThat(reader.chosen(QUESTION)).hasSize(2).allMatch(label -> !label.startsWith("Sentence 3"));
    }

    /** Waits until the server holds these sentences and the question says it saved them. */
    private void awaitSaved(Integer... sentences) {
        page.waitFor()
                .withMessage(() -> "sentences " + List.of(sentences) + " to be saved, but the server has " + saved())
                .until(driver -> saved().equals(List.of(sentences)));
        new LessonReader(page).awaitSaved(QUESTION);
    }

    /** The list's error message as shown; read in one step, as the list may be drawn anew meanwhile. */
    private String error() {
        return (String) page.script(
                "const list = document.querySelector(arguments[0]); return (list && list.errorMessage) || '';",
                "#question-" + QUESTION + " .evidence-list");
    }

    private List<Integer> saved() {
        var answer =
                runAs.user(STUDENT, () -> responses.open(assignment)).answers().get(QUESTION);
        return answer == null ? List.of() : ((EvidenceAnswer) answer.value()).sentences();
    }
}
