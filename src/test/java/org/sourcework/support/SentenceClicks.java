package org.sourcework.support;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.sourcework.lessons.ui.SourceText;

/** A click on a sentence of the source text, as the browser reports it (the text is markup, not components). */
public final class SentenceClicks {

    private SentenceClicks() {}

    public static void click(SourceText source, int sentence) {
        var page = source.getChildren()
                .filter(child -> child.hasClassName("source-page"))
                .map(Div.class::cast)
                .findFirst()
                .orElseThrow();
        var data = JacksonUtils.createObjectNode();
        data.put(SourceText.SENTENCE_CLICK, true);
        data.put(SourceText.CLICKED_SENTENCE, sentence);
        page.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(page.getElement(), "click", data));
    }
}
