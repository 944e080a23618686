package org.sourcework.support;

import com.vaadin.flow.component.HasElement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What a component shows in the browser, parts set as one piece of markup included (those are not
 * child components or elements on the server, so {@code find(...)} and {@code getTextRecursively()}
 * do not see into them).
 */
public final class Rendered {

    private Rendered() {}

    public static Element of(HasElement component) {
        return Jsoup.parseBodyFragment(component.getElement().getOuterHTML()).body();
    }

    public static String text(HasElement component) {
        return of(component).text();
    }
}
