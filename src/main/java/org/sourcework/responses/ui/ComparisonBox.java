package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.stream.Collectors;
import org.sourcework.base.ui.Markup;
import org.sourcework.lessons.Comparison;
import org.sourcework.lessons.RelatedSource;
import org.sourcework.lessons.ui.CompareLink;

/**
 * On a corroboration question: which related source to open, which part of it to read, and which
 * sentences of this section to compare it with.
 */
final class ComparisonBox extends Div {

    ComparisonBox(Comparison comparison, RelatedSource source) {
        addClassName("comparison-box");
        var markup = new Markup()
                .element("span", getTranslation("compare.box.label"), "class", "comparison-label")
                .open("p")
                .element("span", getTranslation("compare.box.open", source.title()))
                .text(" ")
                .add(CompareLink.of(source, this))
                .close("p")
                .element("p", getTranslation("compare.box.read", comparison.read()));
        if (!comparison.sentences().isEmpty()) {
            markup.element(
                    "p",
                    getTranslation(
                            "compare.box.sentences", comparison.sentences().size(), numbers(comparison.sentences())));
        }
        markup.into(this);
    }

    private static String numbers(List<Integer> sentences) {
        return sentences.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
