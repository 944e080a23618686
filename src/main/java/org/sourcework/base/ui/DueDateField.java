package org.sourcework.base.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A due date, and a time that starts at the end of the day: a lesson is due at 23:59 of the date picked
 * unless another time is chosen. Vaadin's date-time picker fills an empty time with the current minute in
 * the browser when only a date is typed, before the server can tell, so the two parts are separate
 * pickers here and the time always has a value.
 */
public class DueDateField extends CustomField<LocalDateTime> {

    static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    private final DatePicker date = new DatePicker();
    private final TimePicker time = new TimePicker(END_OF_DAY);

    public DueDateField(String label) {
        setLabel(label);
        addClassName("due-date");
        date.setAriaLabel(getTranslation("classes.roster.due.date"));
        date.setClearButtonVisible(true);
        time.setAriaLabel(getTranslation("classes.roster.due.time"));
        time.setStep(Duration.ofMinutes(30));
        setHelperText(getTranslation("classes.roster.due.help"));
        var parts = new Div(date, time);
        parts.addClassName("due-date-parts");
        add(parts);
    }

    @Override
    protected @Nullable LocalDateTime generateModelValue() {
        if (date.getValue() == null) {
            return null;
        }
        return date.getValue().atTime(time.getValue() == null ? END_OF_DAY : time.getValue());
    }

    @Override
    protected void setPresentationValue(@Nullable LocalDateTime value) {
        date.setValue(value == null ? null : value.toLocalDate());
        time.setValue(value == null ? END_OF_DAY : value.toLocalTime());
    }
}
