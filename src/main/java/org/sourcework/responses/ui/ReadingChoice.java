package org.sourcework.responses.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sourcework.base.ui.ChoiceField;
import org.sourcework.base.ui.ChoiceField.Choice;
import org.sourcework.lessons.ui.AdaptedText;
import org.sourcework.lessons.ui.SourceText;
import org.sourcework.responses.AnswerRejectedException;
import org.sourcework.responses.ReadingView;

/**
 * The text of a section that has an adapted version: the original, the adapted text, or both side by
 * side, as the student chooses. Both are on the page; the choice only shows one or the other, so
 * switching needs no round trip beyond remembering it.
 */
final class ReadingChoice extends Div {

    private final Component page;
    private ReadingView shown;

    /** @param page the page whose layout follows the choice (side by side takes the full width) */
    ReadingChoice(ReaderContext context, SourceText source, AdaptedText adapted, Component page) {
        this.page = page;
        addClassName("reading-choice");
        var choice = new ChoiceField(
                        false,
                        Arrays.stream(ReadingView.values())
                                .map(view -> new Choice(view.name(), getTranslation("reader.reading." + name(view))))
                                .toList())
                .group("class", "reading-choice-options")
                .group("theme", "helper-above-field")
                .group("label", getTranslation("reader.reading.label"))
                .group("helper-text", getTranslation("reader.reading.help"));
        var versions = new Div(source, adapted);
        versions.addClassName("text-versions");
        add(choice, versions);
        shown = context.lesson().work().readingView();
        choice.setValue(List.of(shown.name()));
        switchTo(shown);
        choice.onChange(values -> {
            if (values.isEmpty()) {
                return;
            }
            var view = ReadingView.valueOf(values.getFirst());
            switchTo(view);
            try {
                context.service().chooseReadingView(context.assignmentId(), view);
            } catch (AnswerRejectedException e) {
                // the choice still applies on this page; it is only not remembered
            }
        });
    }

    private void switchTo(ReadingView view) {
        page.getElement().getClassList().remove("reading-" + name(shown));
        shown = view;
        page.getElement().getClassList().add("reading-" + name(view));
    }

    private static String name(ReadingView view) {
        return view.name().toLowerCase(Locale.ROOT);
    }
}
