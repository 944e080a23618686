package org.sourcework.perf;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.List;
import java.util.regex.Pattern;

/** A student's arrival: sign in, the home page, then the lesson opened from it, as a link would. */
final class Reader {

    private static final Pattern LESSON_LINK = Pattern.compile("\"value\":\"(lesson/\\d+)\"");

    private Reader() {
    }

    static ChainBuilder arrive() {
        return group("sign in").on(Vaadin.signIn())
                .exec(session -> {
                    var link = LESSON_LINK.matcher(session.getString("answer"));
                    if (!link.find()) {
                        System.err.println("no lesson on the home page of " + session.getString("username"));
                        return session.markAsFailed();
                    }
                    return session.set("lesson", link.group(1));
                })
                .exitHereIfFailed()
                .group("open lesson").on(Vaadin.uidl("open lesson", (ui, session) -> ui.navigate(session.getString("lesson"))))
                .exec(session -> {
                    List<Integer> fields = answerFields(Vaadin.ui(session));
                    if (fields.isEmpty()) {
                        System.err.println("no text question on the lesson's first page for " + session.getString("username"));
                        return session.markAsFailed();
                    }
                    return session.set("questions", questionIds(Vaadin.ui(session)));
                })
                .exitHereIfFailed();
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
