package org.sourcework.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.MessageText;
import org.sourcework.lessons.Criterion;
import org.sourcework.lessons.Rubric;
import org.sourcework.review.BankComment;
import org.sourcework.review.FeedbackRejectedException;

/**
 * The comment bank beside a comment: the lesson's suggestions and the instructor's own, grouped by
 * rubric criterion. A click (or Alt+1 to Alt+9 for the first nine) adds a comment to the comment
 * field, where it can be edited; the comment being written can be kept for reuse.
 */
final class BankPanel extends Div {

    static final int SHORTCUTS = 9;

    private final CommentBank bank;
    private final @Nullable Rubric rubric;
    private final Consumer<String> insert;
    private final Supplier<String> current;
    private final Div groups = new Div();
    private final Span message = new Span();
    private final Runnable refresh = this::render;
    private List<BankComment> ordered = List.of();

    BankPanel(CommentBank bank, @Nullable Rubric rubric, Consumer<String> insert, Supplier<String> current) {
        this.bank = bank;
        this.rubric = rubric;
        this.insert = insert;
        this.current = current;
        addClassName("bank-panel");
        var title = new Span(getTranslation("review.bank.title"));
        title.addClassName("bank-title");
        var hint = new Span(getTranslation("review.bank.hint"));
        hint.addClassName("bank-hint");
        var keep = new Button(getTranslation("review.bank.keep"), VaadinIcon.PLUS.create(), event -> keep());
        keep.addClassName("bank-keep");
        keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var head = new Div(title, hint, keep);
        head.addClassName("bank-head");
        groups.addClassName("bank-groups");
        message.addClassName("bank-message");
        message.getElement().setAttribute("aria-live", "polite");
        add(head, groups, message);
        render();
    }

    /** The comment that Alt+{@code number} inserts, counted from 1 in the order shown. */
    Optional<BankComment> numbered(int number) {
        return number >= 1 && number <= Math.min(SHORTCUTS, ordered.size())
                ? Optional.of(ordered.get(number - 1))
                : Optional.empty();
    }

    private void keep() {
        try {
            bank.add(current.get(), null);
            message.setText(getTranslation("review.bank.kept"));
            message.removeClassName("problem");
        } catch (FeedbackRejectedException e) {
            message.setText(MessageText.of(this, e));
            message.addClassName("problem");
        }
    }

    private void render() {
        groups.removeAll();
        var byCriterion = new LinkedHashMap<@Nullable String, List<BankComment>>();
        if (rubric != null) {
            rubric.criteria().forEach(criterion -> byCriterion.put(criterion.id(), new ArrayList<>()));
        }
        byCriterion.put(null, new ArrayList<>());
        bank.comments()
                .forEach(comment -> byCriterion
                        .computeIfAbsent(
                                byCriterion.containsKey(comment.criterionId()) ? comment.criterionId() : null,
                                key -> new ArrayList<>())
                        .add(comment));
        var order = new ArrayList<BankComment>();
        byCriterion.forEach((criterionId, comments) -> {
            if (comments.isEmpty()) {
                return;
            }
            var group = new Div();
            group.addClassName("bank-group");
            var heading =
                    new Span(criterionId == null ? getTranslation("review.bank.general") : criterionLabel(criterionId));
            heading.addClassName("bank-group-label");
            group.add(heading);
            comments.forEach(comment -> {
                order.add(comment);
                group.add(item(comment, order.size()));
            });
            groups.add(group);
        });
        ordered = List.copyOf(order);
        if (ordered.isEmpty()) {
            var empty = new Span(getTranslation("review.bank.empty"));
            empty.addClassName("bank-empty");
            groups.add(empty);
        }
    }

    private Div item(BankComment comment, int number) {
        var use = new Button();
        use.addClassName("bank-comment");
        use.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (number <= SHORTCUTS) {
            var key = new Span(String.valueOf(number));
            key.addClassName("bank-key");
            key.getElement().setAttribute("aria-hidden", "true");
            use.getElement().appendChild(key.getElement());
            use.getElement().setAttribute("aria-keyshortcuts", "Alt+" + number);
        }
        var text = new Span(comment.text().strip());
        text.addClassName("bank-text");
        use.getElement().appendChild(text.getElement());
        use.getElement().setAttribute("title", getTranslation("review.bank.insert"));
        use.addClickListener(event -> insert.accept(comment.text().strip()));
        var item = new Div(use);
        item.addClassName("bank-item");
        if (comment.own()) {
            item.addClassName("own");
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> bank.remove(comment));
            remove.addClassName("bank-remove");
            remove.addThemeVariants(
                    ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation(
                    "review.bank.remove", SentencePicker.start(comment.text().strip())));
            remove.setTooltipText(getTranslation("review.bank.remove-short"));
            item.add(remove);
        }
        return item;
    }

    private String criterionLabel(String criterionId) {
        return rubric == null
                ? criterionId
                : rubric.criteria().stream()
                        .filter(c -> c.id().equals(criterionId))
                        .findFirst()
                        .map(Criterion::label)
                        .orElse(criterionId);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        bank.addListener(refresh);
        render();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        bank.removeListener(refresh);
    }
}
