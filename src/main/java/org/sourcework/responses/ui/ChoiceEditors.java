package org.sourcework.responses.ui;

import java.util.List;
import org.sourcework.base.ui.ChoiceField;
import org.sourcework.base.ui.ChoiceField.Choice;
import org.sourcework.lessons.Option;

/** The options of a choice question as a {@link ChoiceField} shows them, and back. */
final class ChoiceEditors {

    private ChoiceEditors() {}

    static List<Choice> choices(List<Option> options) {
        return options.stream()
                .map(option -> new Choice(option.id(), option.text()))
                .toList();
    }

    /** The checked options, in the question's order. */
    static List<Option> chosen(List<Option> options, ChoiceField field) {
        return options.stream()
                .filter(option -> field.getValue().contains(option.id()))
                .toList();
    }
}
