package org.sourcework.base.ui;

import com.vaadin.flow.component.Component;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * HTML for the parts of a page that only show words and links (the list of a lesson's pages, a
 * headnote's facts, a page of source text), sent to the browser as the inner HTML of one element.
 * The server then keeps one node for the part instead of one for each tag and each piece of text,
 * and a signed-in student's memory on the server grows with those nodes. Words and attribute values
 * are always escaped, so nothing from a lesson file or a person is ever read as markup; tag and
 * attribute names come from the code and are checked.
 */
public final class Markup {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final StringBuilder html = new StringBuilder();

    /** Opens a tag. @param attributes name and value pairs; a pair whose value is null is left out */
    public Markup open(String tag, @Nullable String... attributes) {
        html.append('<').append(name(tag));
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            var attribute = attributes[i];
            var value = attributes[i + 1];
            if (attribute != null && value != null) {
                html.append(' ').append(name(attribute)).append("=\"");
                escape(value, true);
                html.append('"');
            }
        }
        html.append('>');
        return this;
    }

    public Markup close(String tag) {
        html.append("</").append(name(tag)).append('>');
        return this;
    }

    /** Words, shown as they are. */
    public Markup text(String words) {
        escape(words, false);
        return this;
    }

    /** A whole element that holds only words. */
    public Markup element(String tag, String words, @Nullable String... attributes) {
        return open(tag, attributes).text(words).close(tag);
    }

    public Markup add(Markup other) {
        html.append(other.html);
        return this;
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    public String html() {
        return html.toString();
    }

    /**
     * Makes this the whole content of {@code target}, in place of what it showed before. The HTML is
     * interned: every student reading the same page gets the same markup for most of it (the text, the
     * questions, the options not yet chosen), and the server then keeps one copy instead of one per
     * session. Markup that nothing uses any more is collected as usual.
     */
    public void into(Component target) {
        target.getElement().setProperty("innerHTML", html().intern());
    }

    private void escape(String words, boolean inAttribute) {
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append(inAttribute ? "&quot;" : "\"");
                case '\'' -> html.append(inAttribute ? "&#39;" : "'");
                default -> html.append(c);
            }
        }
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tag or attribute name: " + name);
        }
        return name;
    }
}
