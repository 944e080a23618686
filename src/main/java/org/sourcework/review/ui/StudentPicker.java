package org.sourcework.review.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.sourcework.roster.ClassStudent;
import org.sourcework.roster.RosterQueries;

/** Any student of the class, found by typing part of their name; the list pages from the server as it scrolls. */
final class StudentPicker extends ComboBox<ClassStudent> {

    StudentPicker(RosterQueries roster, long classId) {
        setId("student-picker");
        addClassName("student-picker");
        setLabel(getTranslation("review.picker.student"));
        setPlaceholder(getTranslation("review.picker.student-placeholder"));
        setItems(
                query ->
                        roster
                                .findStudents(
                                        classId, query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                                .stream(),
                query -> roster.countStudents(classId, query.getFilter().orElse("")));
        setItemLabelGenerator(student -> student.withdrawn()
                ? student.displayName() + " (" + getTranslation("review.student.withdrawn") + ")"
                : student.displayName());
        setPageSize(20);
    }
}
