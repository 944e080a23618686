package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
        for (var item : yaml.maps("options", true, position -> "option " + position + " of " + yaml.what())) {
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
                                "the option id '" + option.id() + "' is already used on line " + first + " in "
                                        + yaml.what() + ". Give each option its own id.");
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

    private static Option option(YamlMap raw, boolean single, String question) {
        raw.allowOnly(List.of("id", "text", "correct", "explanation"));
        var id = raw.text("id");
        var yaml = id == null ? raw : raw.named("option '" + id + "' of " + question);
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
            yaml.problems().error(line, yaml.what() + " has " + options.size() + " option. Give it at least two.");
            return false;
        }
        var correct = options.stream().filter(Option::correct).map(Option::id).toList();
        if (correct.isEmpty()) {
            yaml.problems()
                    .error(
                            line,
                            yaml.what() + " has no correct option. Add 'correct: true' to "
                                    + (single ? "exactly one option." : "at least one option."));
            return false;
        }
        if (single && correct.size() > 1) {
            yaml.problems()
                    .error(
                            line,
                            yaml.what() + " is single-choice but has " + correct.size()
                                    + " correct options (" + String.join(", ", correct)
                                    + "). Keep 'correct: true' on exactly one,"
                                    + " or make it 'type: multiple-choice'.");
            return false;
        }
        return true;
    }
}
