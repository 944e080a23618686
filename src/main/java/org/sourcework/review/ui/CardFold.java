package org.sourcework.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * Folds a feedback card to its heading once the feedback is released, on a screen of many answers,
 * so what is done takes no room; pressing it opens the card again.
 */
final class CardFold extends Button {

    private final HasStyle card;
    private final Component body;
    private boolean done;

    CardFold(HasStyle card, Component body) {
        this.card = card;
        this.body = body;
        addClassName("fold-feedback");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addClickListener(event -> fold(body.isVisible()));
        setVisible(false);
    }

    /** The feedback is released (folds the card) or back to a draft or none (opens it). */
    void done(boolean released) {
        done = released;
        fold(released);
    }

    private void fold(boolean folded) {
        body.setVisible(!folded);
        card.setClassName("folded", folded);
        setText(getTranslation(folded ? "review.card.open" : "review.card.fold"));
        getElement().setAttribute("aria-expanded", String.valueOf(!folded));
        setVisible(done);
    }
}
