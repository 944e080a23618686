package org.sourcework.review.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The keyboard shortcuts of a review screen, written out where people see them. */
final class KeyboardHelp extends Paragraph {

    /** @param moveKey the translation key naming what Alt+Page Down and Alt+Page Up move to */
    KeyboardHelp(String moveKey) {
        addClassName("keyboard-help");
        var label = new Span(getTranslation("review.keys.label"));
        label.addClassName("keyboard-help-label");
        add(label);
        shortcut(getTranslation(moveKey), "Alt", "Page Down", "/", "Alt", "Page Up");
        shortcut(getTranslation("review.keys.answer"), "Alt", "↓", "/", "Alt", "↑");
        shortcut(getTranslation("review.keys.bank"), "Alt", "1…9");
    }

    private void shortcut(String what, String... keys) {
        var item = new Span();
        item.addClassName("keyboard-help-item");
        for (int i = 0; i < keys.length; i++) {
            if ("/".equals(keys[i])) {
                item.add(new Text(" / "));
                continue;
            }
            item.add(new Kbd(keys[i]));
            if (i + 1 < keys.length && !"/".equals(keys[i + 1])) {
                item.add(new Text("+"));
            }
        }
        item.add(new Text(" " + what));
        add(item);
    }

    @Tag("kbd")
    static final class Kbd extends HtmlContainer {

        Kbd(String key) {
            setText(key);
        }
    }
}
