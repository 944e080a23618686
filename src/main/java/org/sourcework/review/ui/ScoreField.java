package org.sourcework.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.Autosaver;
import org.sourcework.review.FeedbackRules;

/**
 * The score of an answer. It shows the score that follows from the rubric levels (or the automatic
 * score); typing another one overrides it, and then a reason is required.
 */
final class ScoreField extends Div {

    private final BigDecimalField score = new BigDecimalField();
    private final TextField reason = new TextField();
    private final Button reset = new Button();
    private final Span source = new Span();
    private final boolean fromRubric;
    private @Nullable BigDecimal computed;
    private @Nullable BigDecimal manual;
    private boolean showing;

    /** @param fromRubric the computed score comes from rubric levels rather than an automatic score */
    ScoreField(int points, boolean fromRubric, Runnable changed) {
        this.fromRubric = fromRubric;
        addClassName("score-field");
        score.addClassName("feedback-score");
        score.setLabel(getTranslation("review.score.label"));
        var outOf = new Span(getTranslation("review.score.out-of", points));
        score.setSuffixComponent(outOf);
        score.setWidth("9.5rem");
        score.addValueChangeListener(event -> {
            score.setInvalid(false);
            if (!showing) {
                var typed = FeedbackSaver.plain(event.getValue());
                manual = typed == null || (computed != null && typed.compareTo(computed) == 0) ? null : typed;
                update();
                changed.run();
            }
        });
        reason.addClassName("override-reason");
        reason.setLabel(getTranslation("review.score.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(FeedbackRules.MAX_REASON);
        reason.setValueChangeMode(ValueChangeMode.LAZY);
        reason.setValueChangeTimeout(Autosaver.TYPING_PAUSE_MILLIS);
        reason.setWidthFull();
        reason.addValueChangeListener(event -> {
            reason.setInvalid(false);
            if (!showing) {
                changed.run();
            }
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        reset.addClickListener(event -> {
            manual = null;
            update();
            changed.run();
        });
        source.addClassName("score-source");
        var row = new Div(score, source, reset);
        row.addClassName("score-row");
        add(row, reason);
        update();
    }

    /** The rubric levels or the automatic score give this score now (null: not yet known). */
    void computed(@Nullable BigDecimal value) {
        computed = FeedbackSaver.plain(value);
        if (manual != null && computed != null && manual.compareTo(computed) == 0) {
            manual = null;
        }
        update();
    }

    void fillFrom(@Nullable BigDecimal storedManual, @Nullable String storedReason) {
        showing = true;
        try {
            manual = FeedbackSaver.plain(storedManual);
            reason.setValue(storedReason == null ? "" : storedReason);
            update();
        } finally {
            showing = false;
        }
    }

    /** The score typed by hand, or null when the score follows the rubric or the automatic score. */
    @Nullable
    BigDecimal manual() {
        return manual;
    }

    /** The reason for an override; null when the score is not overridden. */
    @Nullable
    String reason() {
        return overridden() ? reason.getValue().strip() : null;
    }

    boolean overridden() {
        return manual != null && computed != null;
    }

    void setReadOnly(boolean readOnly) {
        score.setReadOnly(readOnly);
        reason.setReadOnly(readOnly);
        reset.setVisible(!readOnly && overridden());
    }

    void showRejected(String message, boolean aboutReason) {
        var field = aboutReason && reason.isVisible() ? reason : null;
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            score.setErrorMessage(message);
            score.setInvalid(true);
        }
    }

    private void update() {
        showing = true;
        try {
            var shown = manual != null ? manual : computed;
            if (!sameNumber(score.getValue(), shown)) {
                score.setValue(shown);
            }
        } finally {
            showing = false;
        }
        var overridden = overridden();
        reason.setVisible(overridden);
        reset.setVisible(overridden && !score.isReadOnly());
        reset.setText(computed == null ? "" : getTranslation("review.score.reset", computed.toPlainString()));
        source.setText(
                overridden
                        ? getTranslation("review.score.overridden")
                        : manual != null
                                ? getTranslation("review.score.by-hand")
                                : computed == null
                                        ? getTranslation(
                                                fromRubric ? "review.score.choose-levels" : "review.score.none")
                                        : getTranslation(
                                                fromRubric ? "review.score.from-rubric" : "review.score.automatic"));
    }

    private static boolean sameNumber(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
