package org.sourcework.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.Sentence;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.stereotype.Component;

/**
 * Amira (History 11A) answers the first evidence question of the telegram and hands it in; then an
 * administrator changes that question's prompt and a sentence of its passage and reloads, which
 * makes version 2; then Ben answers the same question on version 2. Run once per context.
 */
@Component
public class EditedLessonScenario {

    public static final String OLD_SENTENCE = "These errors were serious primarily in sense they diverted or slowed"
            + " progress of Soviet Union or increased risks to it.";
    public static final String NEW_SENTENCE = "These errors mattered chiefly because they slowed the progress of"
            + " the Soviet Union or put it at risk.";
    public static final String NEW_PROMPT = "Which one sentence shows most clearly that the claim below is right?";

    /**
     * @param oldPrompt the question's prompt in version 1
     * @param sentence  the number of the changed sentence, which both students chose
     */
    public record Edited(long assignmentId, String questionId, String oldPrompt, int sentence) {}

    private final ReviewFixture fixture;
    private final LessonCatalogService lessons;
    private final RunAs runAs;
    private Edited edited;

    EditedLessonScenario(ReviewFixture fixture, LessonCatalogService lessons, RunAs runAs) {
        this.fixture = fixture;
        this.lessons = lessons;
        this.runAs = runAs;
    }

    public synchronized Edited edited() {
        if (edited == null) {
            edited = run();
        }
        return edited;
    }

    private Edited run() {
        var before = fixture.content("amira");
        var question = TelegramQuestions.firstInText(before, Evidence.class);
        var sentence = before.document().section(question.sectionId()).orElseThrow().sentences().stream()
                .filter(s -> s.text().equals(OLD_SENTENCE))
                .mapToInt(Sentence::number)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The changed sentence is not in the question's section"));
        fixture.handIn("amira", "hughes", question, new EvidenceAnswer(List.of(sentence)));

        edit(
                "questions.yaml",
                "- id: " + question.id(),
                "prompt: " + question.prompt().strip(),
                "prompt: " + NEW_PROMPT);
        edit("document.md", "", OLD_SENTENCE, NEW_SENTENCE);
        if (runAs.user("admin", () -> lessons.reload()).newVersions() != 1) {
            throw new IllegalStateException("The edited lesson did not become a new version");
        }

        var after = fixture.content("ben").question(question.id()).orElseThrow();
        fixture.handIn("ben", "hughes", after, new EvidenceAnswer(List.of(sentence)));
        return new Edited(
                fixture.assignmentOf("amira"), question.id(), question.prompt().strip(), sentence);
    }

    /** Replaces the first {@code from} after {@code after} in a lesson file. */
    private static void edit(String file, String after, String from, String to) {
        try {
            var path = EditedLessonFolder.file(file);
            var text = Files.readString(path);
            var at = text.indexOf(from, text.indexOf(after));
            if (text.indexOf(after) < 0 || at < 0) {
                throw new IllegalStateException("'" + from + "' is not in " + file);
            }
            Files.writeString(path, text.substring(0, at) + to + text.substring(at + from.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
