package org.sourcework.lessons;

import java.util.List;

/** A question answered by choosing among options. */
public sealed interface ChoiceQuestion extends Question permits SingleChoice, MultipleChoice {

    List<Option> options();

    default List<Option> correctOptions() {
        return options().stream().filter(Option::correct).toList();
    }
}
