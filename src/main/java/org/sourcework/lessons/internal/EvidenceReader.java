package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.sourcework.base.Message;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.EvidenceKey;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Section;

/**
 * Reads an evidence question and resolves its key: each quoted phrase must appear in exactly one
 * sentence of the question's section, so that adding a sentence to the document never breaks a key.
 */
final class EvidenceReader {

    private EvidenceReader() {}

    static Question read(YamlMap yaml, QuestionBasics basics, QuestionContext context) {
        var claim = yaml.text("claim");
        var explanation = yaml.text("explanation");
        var phrases = yaml.texts("key", true);
        int min = 1;
        int max = 1;
        var select = yaml.map("select", false, Message.of("lesson.what.field-of", "select", yaml.what()));
        if (select.isPresent()) {
            select.get().allowOnly(List.of("min", "max"));
            min = select.get().wholeNumber("min", 1);
            max = select.get().wholeNumber("max", Math.max(min, 1));
            if (min < 1 || max < min) {
                yaml.problems()
                        .error(yaml.lineOf("select"), Message.of("lesson.problem.select-range", yaml.what(), min, max));
                return null;
            }
        }
        var key = resolve(yaml, basics, context, phrases);
        if (key == null || claim == null || explanation == null || !basics.complete()) {
            return null;
        }
        return new Evidence(
                basics.id(),
                basics.sectionId(),
                basics.skill(),
                basics.points(),
                basics.prompt(),
                claim,
                min,
                max,
                key,
                explanation,
                basics.comments());
    }

    private static List<EvidenceKey> resolve(
            YamlMap yaml, QuestionBasics basics, QuestionContext context, List<Scalar> phrases) {
        if (basics.sectionId() == null || !context.knowsSections()) {
            return null;
        }
        var section = context.section(basics.sectionId());
        if (section.isEmpty() || section.get().sentences().isEmpty()) {
            yaml.problems()
                    .error(
                            yaml.lineOf("section"),
                            Message.of("lesson.problem.evidence-needs-text", yaml.what(), basics.sectionId()));
            return null;
        }
        var key = new ArrayList<EvidenceKey>();
        var phraseOf = new HashMap<Integer, String>();
        for (var phrase : phrases) {
            var resolved = resolve(yaml, section.get(), phrase);
            if (resolved == null) {
                continue;
            }
            var other = phraseOf.putIfAbsent(resolved.sentence(), phrase.value());
            if (other != null) {
                yaml.problems()
                        .error(
                                phrase.line(),
                                Message.of(
                                        "lesson.problem.evidence-keys-same-sentence",
                                        other,
                                        phrase.value(),
                                        resolved.sentence(),
                                        section.get().id()));
                continue;
            }
            key.add(resolved);
        }
        return key.size() == phrases.size() && !key.isEmpty() ? key : null;
    }

    private static EvidenceKey resolve(YamlMap yaml, Section section, Scalar phrase) {
        var matches = PhraseMatcher.sentencesContaining(section.sentences(), phrase.value());
        if (matches.size() == 1) {
            return new EvidenceKey(phrase.value(), matches.getFirst());
        }
        if (matches.isEmpty()) {
            yaml.problems()
                    .error(
                            phrase.line(),
                            Message.of("lesson.problem.evidence-key-no-sentence", phrase.value(), section.id()));
        } else {
            var numbers = matches.stream().map(String::valueOf).collect(Collectors.joining(", "));
            yaml.problems()
                    .error(
                            phrase.line(),
                            Message.of(
                                    "lesson.problem.evidence-key-many-sentences",
                                    phrase.value(),
                                    matches.size(),
                                    section.id(),
                                    numbers));
        }
        return null;
    }
}
