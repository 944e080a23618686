package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.sourcework.base.Message;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.ClaimEvidenceReasoning.MaxLengths;
import org.sourcework.lessons.Exemplar;
import org.sourcework.lessons.ExtendedText;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.QuestionType;
import org.sourcework.lessons.Rubric;
import org.sourcework.lessons.ShortText;

/** Reads short-text, extended-text and claim-evidence-reasoning questions: limits, rubric, exemplars. */
final class WrittenReader {

    private WrittenReader() {}

    static Question read(YamlMap yaml, QuestionBasics basics, QuestionType type, QuestionContext context) {
        var rubric = rubric(yaml, basics, context);
        var exemplars = exemplars(yaml);
        if (rubric != null && basics.points() != null && basics.points() != rubric.maxScore()) {
            yaml.problems()
                    .error(
                            yaml.lineOf("points"),
                            Message.of(
                                    "lesson.problem.points-not-rubric",
                                    yaml.what(),
                                    basics.points(),
                                    rubric.id(),
                                    rubric.maxScore()));
            return null;
        }
        return switch (type) {
            case SHORT_TEXT ->
                basics.complete()
                        ? new ShortText(
                                basics.id(),
                                basics.sectionId(),
                                basics.skill(),
                                basics.points(),
                                basics.prompt(),
                                yaml.wholeNumber("max-length", ShortText.DEFAULT_MAX_LENGTH),
                                rubric,
                                exemplars,
                                basics.comments())
                        : null;
            case EXTENDED_TEXT ->
                basics.complete()
                        ? new ExtendedText(
                                basics.id(),
                                basics.sectionId(),
                                basics.skill(),
                                basics.points(),
                                basics.prompt(),
                                yaml.wholeNumber("max-length", ExtendedText.DEFAULT_MAX_LENGTH),
                                rubric,
                                exemplars,
                                basics.comments())
                        : null;
            default -> claimEvidenceReasoning(yaml, basics, rubric, exemplars);
        };
    }

    private static Question claimEvidenceReasoning(
            YamlMap yaml, QuestionBasics basics, Rubric rubric, List<Exemplar> exemplars) {
        if (LessonContent.HEADNOTE.equals(basics.sectionId())) {
            yaml.problems().error(yaml.lineOf("section"), Message.of("lesson.problem.cer-headnote", yaml.what()));
            return null;
        }
        var limits = MaxLengths.DEFAULTS;
        var value = yaml.value("max-length");
        if (value.isPresent() && value.get() instanceof ScalarNode) {
            int each = yaml.wholeNumber("max-length", 0);
            limits = each == 0 ? limits : new MaxLengths(each, each, each);
        } else if (value.isPresent() && value.get() instanceof MappingNode) {
            var fields = yaml.map("max-length", false, Message.of("lesson.what.field-of", "max-length", yaml.what()))
                    .orElseThrow();
            fields.allowOnly(List.of("claim", "evidence", "reasoning"));
            limits = new MaxLengths(
                    fields.wholeNumber("claim", limits.claim()),
                    fields.wholeNumber("evidence", limits.evidence()),
                    fields.wholeNumber("reasoning", limits.reasoning()));
        }
        return basics.complete()
                ? new ClaimEvidenceReasoning(
                        basics.id(),
                        basics.sectionId(),
                        basics.skill(),
                        basics.points(),
                        basics.prompt(),
                        limits,
                        rubric,
                        exemplars,
                        basics.comments())
                : null;
    }

    /** The question's rubric: written inside it, or named from the {@code rubrics:} list. */
    private static Rubric rubric(YamlMap yaml, QuestionBasics basics, QuestionContext context) {
        var value = yaml.value("rubric");
        if (value.isEmpty()) {
            return null;
        }
        if (value.get() instanceof MappingNode) {
            return yaml.map("rubric", false, Message.of("lesson.what.rubric-of", yaml.what()))
                    .map(rubric -> RubricReader.read(rubric, basics.id()))
                    .orElse(null);
        }
        var name = yaml.optionalScalar("rubric");
        if (name == null) {
            return null;
        }
        var rubric = context.rubrics().get(name.value());
        if (rubric == null) {
            yaml.problems()
                    .error(
                            name.line(),
                            Message.of(
                                    "lesson.problem.rubric-unknown",
                                    yaml.what(),
                                    name.value(),
                                    context.rubrics().isEmpty()
                                            ? Message.of("lesson.hint.add-rubric")
                                            : Message.of(
                                                    "lesson.hint.add-rubric-or-use",
                                                    String.join(
                                                            ", ",
                                                            context.rubrics().keySet()))));
        }
        return rubric;
    }

    private static List<Exemplar> exemplars(YamlMap yaml) {
        var exemplars = new ArrayList<Exemplar>();
        for (var item :
                yaml.maps("exemplars", false, position -> Message.of("lesson.what.exemplar", position, yaml.what()))) {
            item.allowOnly(List.of("level", "text"));
            var level = item.text("level");
            var text = item.text("text");
            if (level != null && text != null) {
                exemplars.add(new Exemplar(level, text));
            }
        }
        return exemplars;
    }
}
