package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sourcework.base.Message;
import org.sourcework.lessons.Document;
import org.sourcework.lessons.Question;

/** Reads {@code questions.yaml}: the named rubrics first, then the questions that may use them. */
final class QuestionsReader {

    private QuestionsReader() {}

    /**
     * @param document the lesson's documents as one (section ids are unique in the lesson), or null
     *                 when it could not be read
     * @param cards    the ids of further documents' sourcing cards
     * @param related  the ids of the related sources, or null when unknown
     */
    static Optional<QuestionsFile> read(
            String text, Document document, Set<String> cards, Set<String> related, FileProblems problems) {
        var file = Yaml.readMapping(text, "questions.yaml", problems);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        var yaml = file.get();
        yaml.allowOnly(List.of("questions", "rubrics", "core-path"));
        var rubrics = RubricReader.readNamed(
                yaml.maps("rubrics", false, position -> Message.of("lesson.what.rubric", position)));
        var context = new QuestionContext(document, rubrics, cards, related, new LinkedHashMap<>());
        var questions = new ArrayList<Question>();
        var idLines = new HashMap<String, Integer>();
        for (var item : yaml.maps("questions", true, position -> Message.of("lesson.what.question", position))) {
            var id = item.optionalText("id");
            if (id != null) {
                var first = idLines.putIfAbsent(id, item.lineOf("id"));
                if (first != null) {
                    problems.error(item.lineOf("id"), Message.of("lesson.problem.question-id-twice", id, first));
                }
            }
            var question = QuestionReader.read(item, context);
            if (question != null) {
                questions.add(question);
            }
        }
        var corePath = corePath(yaml, idLines.keySet(), problems);
        return Optional.of(
                new QuestionsFile(questions, List.copyOf(rubrics.values()), corePath, context.comparisons()));
    }

    /** The ids listed under {@code core-path:}; each must name a question, once. */
    private static List<String> corePath(YamlMap yaml, java.util.Set<String> ids, FileProblems problems) {
        var core = new ArrayList<String>();
        for (var entry : yaml.texts("core-path", false)) {
            if (!ids.contains(entry.value())) {
                problems.error(entry.line(), Message.of("lesson.problem.core-path-unknown", entry.value()));
            } else if (core.contains(entry.value())) {
                problems.error(entry.line(), Message.of("lesson.problem.core-path-twice", entry.value()));
            } else {
                core.add(entry.value());
            }
        }
        return core;
    }
}
