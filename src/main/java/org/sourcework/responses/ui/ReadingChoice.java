package org.sourcework.responses.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.Locale;
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
        var choice = new RadioButtonGroup<ReadingView>(getTranslation("reader.reading.label"));
        choice.addClassName("reading-choice-options");
        choice.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        choice.setItems(ReadingView.values());
        choice.setItemLabelGenerator(view -> getTranslation("reader.reading." + name(view)));
        choice.setHelperText(getTranslation("reader.reading.help"));
        var versions = new Div(source, adapted);
        versions.addClassName("text-versions");
        add(choice, versions);
        shown = context.lesson().work().readingView();
        choice.setValue(shown);
        switchTo(shown);
        choice.addValueChangeListener(event -> {
            if (event.getValue() == null) {
                return;
            }
            switchTo(event.getValue());
            if (event.isFromClient()) {
                try {
                    context.service().chooseReadingView(context.assignmentId(), event.getValue());
                } catch (AnswerRejectedException e) {
                    // the choice still applies on this page; it is only not remembered
                }
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
