package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.sourcework.base.Message;
import org.sourcework.lessons.Criterion;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.QuestionType;
import org.sourcework.lessons.Skill;
import org.sourcework.lessons.SuggestedComment;
import org.sourcework.lessons.WrittenQuestion;

/** Reads one question: the fields all questions share, then those of its type. */
final class QuestionReader {

    private static final List<String> COMMON =
            List.of("id", "section", "type", "skill", "points", "prompt", "comments", "compare");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]+");
    private static final String TYPES = String.join(
            ", ",
            Arrays.stream(QuestionType.values()).map(QuestionType::fileName).toList());
    private static final String SKILLS =
            String.join(", ", Arrays.stream(Skill.values()).map(Skill::fileName).toList());

    private QuestionReader() {}

    /** The question, or null when it has a mistake (reported). */
    static Question read(YamlMap raw, QuestionContext context) {
        var id = raw.text("id");
        if (id != null && !ID.matcher(id).matches()) {
            raw.problems().error(raw.lineOf("id"), Message.of("lesson.problem.question-id-form", id));
        }
        var yaml = id == null ? raw : raw.named(Message.of("lesson.what.question-named", id));
        var type = type(yaml);
        var comments = new ArrayList<SuggestedComment>();
        var commentLines = new ArrayList<Integer>();
        for (var item :
                yaml.maps("comments", false, position -> Message.of("lesson.what.comment", position, yaml.what()))) {
            item.allowOnly(List.of("criterion", "text"));
            var text = item.text("text");
            if (text != null) {
                comments.add(new SuggestedComment(item.optionalText("criterion"), text));
                commentLines.add(item.line());
            }
        }
        var basics = new QuestionBasics(
                id, section(yaml, context), skill(yaml), yaml.wholeNumber("points"), yaml.text("prompt"), comments);
        if (type == null) {
            return null;
        }
        var allowed = new ArrayList<>(COMMON);
        allowed.addAll(fieldsOf(type));
        yaml.allowOnly(allowed);
        var question = switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> ChoiceReader.read(yaml, basics, type);
            case SHORT_TEXT, EXTENDED_TEXT, CLAIM_EVIDENCE_REASONING -> WrittenReader.read(yaml, basics, type, context);
            case EVIDENCE -> EvidenceReader.read(yaml, basics, context);
            case CATEGORISATION -> CategorisationReader.read(yaml, basics);
        };
        checkCommentCriteria(yaml, question, commentLines);
        ComparisonReader.read(yaml, basics, context);
        return basics.complete() ? question : null;
    }

    private static List<String> fieldsOf(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> List.of("options");
            case SHORT_TEXT, EXTENDED_TEXT, CLAIM_EVIDENCE_REASONING -> List.of("max-length", "rubric", "exemplars");
            case EVIDENCE -> List.of("claim", "select", "key", "explanation");
            case CATEGORISATION -> List.of("categories", "statements", "explanation");
        };
    }

    private static QuestionType type(YamlMap yaml) {
        var type = yaml.optionalScalar("type");
        if (type == null) {
            yaml.problems().error(yaml.line(), Message.of("lesson.problem.type-missing", yaml.what(), TYPES));
            return null;
        }
        var known = QuestionType.fromFileName(type.value());
        if (known.isEmpty()) {
            yaml.problems()
                    .error(type.line(), Message.of("lesson.problem.type-unknown", yaml.what(), type.value(), TYPES));
        }
        return known.orElse(null);
    }

    private static Skill skill(YamlMap yaml) {
        var skill = yaml.optionalScalar("skill");
        if (skill == null) {
            yaml.problems().error(yaml.line(), Message.of("lesson.problem.skill-missing", yaml.what(), SKILLS));
            return null;
        }
        var known = Skill.fromFileName(skill.value());
        if (known.isEmpty()) {
            yaml.problems()
                    .error(
                            skill.line(),
                            Message.of("lesson.problem.skill-unknown", yaml.what(), skill.value(), SKILLS));
        }
        return known.orElse(null);
    }

    private static String section(YamlMap yaml, QuestionContext context) {
        var section = yaml.scalar("section");
        if (section == null || !context.knowsSections() || context.isSectionOrHeadnote(section.value())) {
            return section == null ? null : section.value();
        }
        yaml.problems()
                .error(
                        section.line(),
                        Message.of(
                                "lesson.problem.section-unknown",
                                yaml.what(),
                                section.value(),
                                String.valueOf(context.sectionIds())));
        return null;
    }

    private static void checkCommentCriteria(YamlMap yaml, Question question, List<Integer> lines) {
        var rubric = question instanceof WrittenQuestion written ? written.rubric() : null;
        var criteria = rubric == null
                ? List.<String>of()
                : rubric.criteria().stream().map(Criterion::id).toList();
        var comments = question == null ? List.<SuggestedComment>of() : question.comments();
        for (int i = 0; i < comments.size(); i++) {
            var criterion = comments.get(i).criterionId();
            if (criterion != null && !criteria.contains(criterion)) {
                yaml.problems()
                        .error(
                                lines.get(i),
                                Message.of(
                                        "lesson.problem.comment-criterion",
                                        yaml.what(),
                                        criterion,
                                        criteria.isEmpty()
                                                ? Message.of("lesson.hint.leave-out-criterion")
                                                : Message.of("lesson.hint.use-one-of", String.join(", ", criteria))));
            }
        }
    }
}
