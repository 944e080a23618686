package org.sourcework.perf;

import static io.gatling.javaapi.core.CoreDsl.group;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/** A student's arrival: sign in, the home page, then the lesson opened from it, as a link would. */
final class Reader {

    /** The reader's address as the server pushes it into the browser's history: lesson/{assignment}/... */
    private static final Pattern LESSON = Pattern.compile("lesson/(\\d+)");
    /** The class's assignment of the lesson, as the students' reader showed it; the instructors review it. */
    static final AtomicReference<String> ASSIGNMENT = new AtomicReference<>();

    private Reader() {
    }

    static ChainBuilder arrive() {
        return Figures.timed("sign in", group("sign in").on(Vaadin.signIn(
                        (ui, session) -> ui.byClass("open-lesson").isPresent() ? null : "no lesson on the home page")))
                .exec(Figures.timed("open lesson", group("open lesson").on(Vaadin.uidl("open lesson",
                        (ui, session) -> ui.click(ui.byClass("open-lesson").orElseThrow()),
                        (ui, session) -> answerFields(ui).isEmpty() ? "no text question on the lesson's first page"
                                : null))))
                .exec(session -> {
                    var lesson = LESSON.matcher(session.getString("answer"));
                    if (lesson.find()) {
                        ASSIGNMENT.set(lesson.group(1));
                    }
                    return session;
                })
                .exec(session -> session.set("questions", questionIds(Vaadin.ui(session))));
    }

    /** The text areas of the question cards on the page (cards carry the id "question-" + question id). */
    static List<Integer> answerFields(Uidl ui) {
        return ui.attached().stream()
                .filter(node -> node.attributes.getOrDefault("id", "").startsWith("question-"))
                .flatMap(card -> ui.descendants(card.id, "vaadin-text-area").stream().limit(1))
                .toList();
    }

    /** For each text area on the page, the id of its question, in the same order. */
    static List<String> questionIds(Uidl ui) {
        return ui.attached().stream()
                .filter(node -> node.attributes.getOrDefault("id", "").startsWith("question-"))
                .filter(card -> !ui.descendants(card.id, "vaadin-text-area").isEmpty())
                .map(card -> card.attributes.get("id").substring("question-".length()))
                .toList();
    }
}
