package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.sourcework.base.Message;
import org.sourcework.lessons.MultipleChoice;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.QuestionType;
import org.sourcework.lessons.SingleChoice;

/** Reads the options of a single-choice or multiple-choice question and checks its answer key. */
final class ChoiceReader {

    private ChoiceReader() {}

    static Question read(YamlMap yaml, QuestionBasics basics, QuestionType type) {
        boolean single = type == QuestionType.SINGLE_CHOICE;
        var options = new ArrayList<Option>();
        var lines = new HashMap<String, Integer>();
        boolean complete = true;
        for (var item :
                yaml.maps("options", true, position -> Message.of("lesson.what.option", position, yaml.what()))) {
            var option = option(item, single, yaml.what());
            if (option == null) {
                complete = false;
                continue;
            }
            var first = lines.putIfAbsent(option.id(), item.lineOf("id"));
            if (first != null) {
                yaml.problems()
                        .error(
                                item.lineOf("id"),
                                Message.of("lesson.problem.option-id-twice", option.id(), first, yaml.what()));
                complete = false;
            }
            options.add(option);
        }
        if (!complete || !yaml.has("options")) {
            return null;
        }
        if (!checkKey(yaml, options, single) || !basics.complete()) {
            return null;
        }
        return single
                ? new SingleChoice(
                        basics.id(),
                        basics.sectionId(),
                        basics.skill(),
                        basics.points(),
                        basics.prompt(),
                        options,
                        basics.comments())
                : new MultipleChoice(
                        basics.id(),
                        basics.sectionId(),
                        basics.skill(),
                        basics.points(),
                        basics.prompt(),
                        options,
                        basics.comments());
    }

    private static Option option(YamlMap raw, boolean single, Message question) {
        raw.allowOnly(List.of("id", "text", "correct", "explanation"));
        var id = raw.text("id");
        var yaml = id == null ? raw : raw.named(Message.of("lesson.what.option-named", id, question));
        var text = yaml.text("text");
        var correct = yaml.flag("correct", false);
        var explanation = single ? yaml.text("explanation") : yaml.optionalText("explanation");
        if (id == null || text == null || single && explanation == null) {
            return null;
        }
        return new Option(id, text, correct, explanation);
    }

    private static boolean checkKey(YamlMap yaml, List<Option> options, boolean single) {
        var line = yaml.lineOf("options");
        if (options.size() < 2) {
            yaml.problems().error(line, Message.of("lesson.problem.one-option", yaml.what(), options.size()));
            return false;
        }
        var correct = options.stream().filter(Option::correct).map(Option::id).toList();
        if (correct.isEmpty()) {
            yaml.problems()
                    .error(
                            line,
                            Message.of(
                                    single
                                            ? "lesson.problem.no-correct-option.single"
                                            : "lesson.problem.no-correct-option.multiple",
                                    yaml.what()));
            return false;
        }
        if (single && correct.size() > 1) {
            yaml.problems()
                    .error(
                            line,
                            Message.of(
                                    "lesson.problem.single-choice-many-correct",
                                    yaml.what(),
                                    correct.size(),
                                    String.join(", ", correct)));
            return false;
        }
        return true;
    }
}
