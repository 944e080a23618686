package org.sourcework.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A group of radio buttons or checkboxes drawn as markup: the same Vaadin elements a
 * {@code RadioButtonGroup} or {@code CheckboxGroup} draws, with their look and keyboard, but kept on
 * the server as one node instead of up to four per option. A student's reader keeps every answer's
 * options for the whole lesson (docs/performance.md, "Heap per session"). The browser reports each
 * change with the values of every checked option, so a repeated or lost report cannot leave the
 * server with a different choice than the page shows.
 */
public final class ChoiceField extends Div {

    /** What the browser reports a change from: one of the options, not another input in the group. */
    public static final String FROM_AN_OPTION = "!!event.target.closest('vaadin-radio-button, vaadin-checkbox')";

    /** What a change sends to the server: the values of the checked options, read in the browser. */
    public static final String CHECKED =
            "[...element.querySelectorAll('vaadin-radio-button, vaadin-checkbox')].filter(o => o.checked).map(o => o.value)";

    /** An option: the value the server gets, and the words the student sees. */
    public record Choice(String value, String label) {}

    private final boolean several;
    private final List<Choice> choices;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private List<String> value = List.of();
    private boolean readOnly;
    private @Nullable String error;

    /** @param several checkboxes, any number of which may be checked; otherwise radio buttons */
    public ChoiceField(boolean several, List<Choice> choices) {
        this.several = several;
        this.choices = List.copyOf(choices);
        attributes.put("theme", "vertical");
        render();
        if (several) {
            // each time the field is shown: innerHTML is sent again on a later attach, scripts are not
            addAttachListener(event -> checkBoxes());
        }
    }

    /** Sets an attribute of the group element, such as its class, helper text or labelling element. */
    public ChoiceField group(String name, String attributeValue) {
        attributes.put(name, attributeValue);
        render();
        return this;
    }

    /** Calls {@code listener} with the checked values, in the options' order, whenever the student changes them. */
    public void onChange(Consumer<List<String>> listener) {
        getElement()
                .addEventListener("change", event -> {
                    if (readOnly) {
                        return;
                    }
                    var checked = new ArrayList<String>();
                    event.getEventData().get(CHECKED).forEach(node -> checked.add(node.asString()));
                    var known = known(checked);
                    if (!known.equals(value)) {
                        value = known;
                        listener.accept(known);
                    }
                })
                .addEventData(CHECKED)
                .setFilter(FROM_AN_OPTION);
    }

    /** The options, in their order. */
    public List<Choice> choices() {
        return choices;
    }

    /** The checked values, in the options' order. */
    public List<String> getValue() {
        return value;
    }

    /** Shows these values checked (for radio buttons, the first of them), without telling the change listener. */
    public void setValue(List<String> values) {
        var known = known(values);
        if (!known.equals(value)) {
            value = known;
            render();
        }
    }

    /** Of {@code values}, those that are options here, in the options' order; for radio buttons only the first. */
    private List<String> known(List<String> values) {
        return choices.stream()
                .map(Choice::value)
                .filter(values::contains)
                .limit(several ? choices.size() : 1)
                .toList();
    }

    public void setReadOnly(boolean readOnly) {
        if (this.readOnly != readOnly) {
            this.readOnly = readOnly;
            render();
        }
    }

    /**
     * Marks the group invalid with this message beside it, or valid again with null. The options are
     * not drawn again, so a student choosing with the keyboard keeps their place.
     */
    public void setError(@Nullable String message) {
        if (!Objects.equals(error, message)) {
            error = message;
            getElement()
                    .executeJs(
                            "const group = this.firstElementChild; group.errorMessage = $0; group.invalid = $1",
                            message == null ? "" : message,
                            message != null);
        }
    }

    private void render() {
        var group = several ? "vaadin-checkbox-group" : "vaadin-radio-group";
        var option = several ? "vaadin-checkbox" : "vaadin-radio-button";
        var open = new ArrayList<@Nullable String>();
        attributes.forEach((name, attributeValue) -> {
            open.add(name);
            open.add(attributeValue);
        });
        open.addAll(Arrays.asList("readonly", readOnly ? "" : null, "invalid", error != null ? "" : null));
        open.addAll(Arrays.asList("error-message", error));
        var markup = new Markup().open(group, open.toArray(String[]::new));
        for (var choice : choices) {
            markup.open(
                            option,
                            "value",
                            choice.value(),
                            "label",
                            choice.label(),
                            "checked",
                            !several && value.contains(choice.value()) ? "" : null)
                    .close(option);
        }
        markup.close(group).into(this);
        // before the first attach the attach listener sends it, once, however often the field is drawn
        if (several && isAttached()) {
            checkBoxes();
        }
    }

    /**
     * A checkbox group unchecks every box its value does not hold as it takes in each checked box, so
     * markup with more than one box checked keeps only the first: the boxes are checked through the
     * group's value instead.
     */
    private void checkBoxes() {
        var values = JacksonUtils.createArrayNode();
        value.forEach(values::add);
        getElement().executeJs("this.firstElementChild.value = $0", values);
    }
}
