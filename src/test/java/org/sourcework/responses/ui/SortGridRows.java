package org.sourcework.responses.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.stream.Stream;
import tools.jackson.databind.node.JsonNodeFactory;

/** The rows of a categorisation grid in a browserless test, and a click on one of their radio buttons. */
final class SortGridRows {

    private SortGridRows() {}

    /** Every body row (one per statement) under {@code element}. */
    static Stream<Element> of(Element element) {
        if (element.isTextNode()) {
            return Stream.empty();
        }
        if ("tr".equals(element.getTag())
                && element.getParent() != null
                && "tbody".equals(element.getParent().getTag())) {
            return Stream.of(element);
        }
        return element.getChildren().flatMap(SortGridRows::of);
    }

    /** Chooses the row's radio button for the category with this id, as the browser reports a click. */
    static void choose(Element row, String categoryId) {
        var radio = radios(row)
                .filter(input -> categoryId.equals(input.getAttribute("value")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no category " + categoryId));
        radio.getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(radio, "change", JsonNodeFactory.instance.objectNode()));
    }

    private static Stream<Element> radios(Element element) {
        if (element.isTextNode()) {
            return Stream.empty();
        }
        return "input".equals(element.getTag())
                ? Stream.of(element)
                : element.getChildren().flatMap(SortGridRows::radios);
    }
}
