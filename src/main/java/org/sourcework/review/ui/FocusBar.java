package org.sourcework.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.IntConsumer;

/**
 * The moves of focused grading: which student of how many, previous and next student, and the next
 * answer still without feedback; Alt+↑, Alt+↓ and Alt+N do the same from anywhere on the screen.
 */
final class FocusBar extends Div {

    FocusBar(Span position, IntConsumer move, Runnable nextUngraded) {
        addClassName("focus-bar");
        position.setId("focus-position");
        position.addClassName("focus-position");
        position.getElement().setAttribute("role", "status");
        var previous = new Button(
                getTranslation("review.focus.previous"), VaadinIcon.ARROW_UP.create(), event -> move.accept(-1));
        previous.setId("previous-student");
        var next = new Button(
                getTranslation("review.focus.next"), VaadinIcon.ARROW_DOWN.create(), event -> move.accept(1));
        next.setId("next-student");
        var ungraded = new Button(getTranslation("review.focus.next-ungraded"), event -> nextUngraded.run());
        ungraded.setId("next-ungraded");
        ungraded.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var keys = new Span(getTranslation("review.focus.keys"));
        keys.addClassName("keyboard-help");
        add(position, previous, next, ungraded, keys);
        Shortcuts.addShortcutListener(this, () -> move.accept(-1), Key.ARROW_UP, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> move.accept(1), Key.ARROW_DOWN, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, nextUngraded::run, Key.KEY_N, KeyModifier.ALT);
    }
}
