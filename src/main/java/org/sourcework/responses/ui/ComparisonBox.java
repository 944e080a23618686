package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
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
        var label = new Span(getTranslation("compare.box.label"));
        label.addClassName("comparison-label");
        var open = new Paragraph(
                new Span(getTranslation("compare.box.open", source.title())), new Span(" "), new CompareLink(source));
        var read = new Paragraph(getTranslation("compare.box.read", comparison.read()));
        add(label, open, read);
        if (!comparison.sentences().isEmpty()) {
            add(new Paragraph(getTranslation(
                    "compare.box.sentences", comparison.sentences().size(), numbers(comparison.sentences()))));
        }
    }

    private static String numbers(List<Integer> sentences) {
        return sentences.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
