package org.sourcework.it.browser;

import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** Keys sent to whatever has the focus, as a person without a mouse would press them. */
final class Keyboard {

    /** More than any page of the reader has stops before its last question. */
    private static final int MAX_TABS = 120;

    private final AppPage page;

    Keyboard(AppPage page) {
        this.page = page;
    }

    void press(CharSequence... keys) {
        var actions = new Actions(page.driver());
        for (var key : keys) {
            actions.sendKeys(key);
        }
        actions.perform();
    }

    /** Presses Tab until the focus is on an element matching {@code css}; fails when it never gets there. */
    void tabTo(String css) {
        for (int presses = 0; presses < MAX_TABS; presses++) {
            press(Keys.TAB);
            if (focusIsOn(css)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + css + "; " + MAX_TABS + " presses ended on " + focused());
    }

    boolean focusIsOn(String css) {
        return Boolean.TRUE.equals(page.script(
                "const focused = document.activeElement; return !!focused && focused.matches(arguments[0])", css));
    }

    String focused() {
        return String.valueOf(page.script("const focused = document.activeElement;"
                + " return focused ? focused.outerHTML.substring(0, 200) : 'nothing'"));
    }
}
