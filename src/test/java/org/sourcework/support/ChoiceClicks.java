package org.sourcework.support;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import org.sourcework.base.ui.ChoiceField;
import org.sourcework.base.ui.ChoiceField.Choice;

/** A student checking options of a {@link ChoiceField}, as the browser reports it: every checked value at once. */
public final class ChoiceClicks {

    private ChoiceClicks() {}

    /** Leaves exactly these values checked, as a click or a key press in the browser does. */
    public static void check(ChoiceField field, String... values) {
        var data = JacksonUtils.createObjectNode();
        data.put(ChoiceField.FROM_AN_OPTION, true);
        var checked = data.putArray(ChoiceField.CHECKED);
        List.of(values).forEach(checked::add);
        field.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(field.getElement(), "change", data));
    }

    /** Checks the options whose words start with these, and only those. */
    public static void checkLabelled(ChoiceField field, String... labelStarts) {
        check(
                field,
                field.choices().stream()
                        .filter(choice -> List.of(labelStarts).stream().anyMatch(choice.label()::startsWith))
                        .map(Choice::value)
                        .toArray(String[]::new));
    }
}
