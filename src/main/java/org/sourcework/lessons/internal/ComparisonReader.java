package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sourcework.base.Message;
import org.sourcework.lessons.Comparison;

/**
 * Reads a question's {@code compare:}: a related source to open ({@code source}), the part of it
 * to read ({@code read}), and the sentences of the question's section to compare it with
 * ({@code sentences}, quoted phrases like evidence keys, so adding a sentence breaks nothing).
 */
final class ComparisonReader {

    private ComparisonReader() {}

    static void read(YamlMap yaml, QuestionBasics basics, QuestionContext context) {
        var found = yaml.map("compare", false, Message.of("lesson.what.field-of", "compare", yaml.what()));
        if (found.isEmpty()) {
            return;
        }
        var compare = found.get();
        compare.allowOnly(List.of("source", "read", "sentences"));
        var source = compare.scalar("source");
        var read = compare.text("read");
        if (source != null && context.related() != null && !context.related().contains(source.value())) {
            yaml.problems()
                    .error(
                            source.line(),
                            Message.of(
                                    "lesson.problem.unknown-related-source",
                                    compare.what(),
                                    source.value(),
                                    String.join(", ", context.related())));
            return;
        }
        var sentences = sentences(yaml, compare, basics, context);
        if (source != null && read != null && sentences != null && basics.id() != null) {
            context.comparisons().put(basics.id(), new Comparison(source.value(), read, sentences));
        }
    }

    private static List<Integer> sentences(
            YamlMap yaml, YamlMap compare, QuestionBasics basics, QuestionContext context) {
        var phrases = compare.texts("sentences", false);
        if (phrases.isEmpty() || basics.sectionId() == null || !context.knowsSections()) {
            return List.of();
        }
        var section = context.section(basics.sectionId());
        if (section.isEmpty() || section.get().sentences().isEmpty()) {
            yaml.problems()
                    .error(
                            compare.lineOf("sentences"),
                            Message.of("lesson.problem.compare-needs-text", compare.what(), basics.sectionId()));
            return null;
        }
        var numbers = new ArrayList<Integer>();
        for (var phrase : phrases) {
            var matches = PhraseMatcher.sentencesContaining(section.get().sentences(), phrase.value());
            if (matches.size() != 1) {
                yaml.problems()
                        .error(
                                phrase.line(),
                                matches.isEmpty()
                                        ? Message.of(
                                                "lesson.problem.compare-phrase-no-sentence",
                                                phrase.value(),
                                                section.get().id())
                                        : Message.of(
                                                "lesson.problem.compare-phrase-many-sentences",
                                                phrase.value(),
                                                matches.size(),
                                                matches.stream()
                                                        .map(String::valueOf)
                                                        .collect(Collectors.joining(", ")),
                                                section.get().id()));
                return null;
            }
            numbers.add(matches.getFirst());
        }
        return numbers.stream().distinct().sorted().toList();
    }
}
