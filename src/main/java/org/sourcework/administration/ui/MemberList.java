package org.sourcework.administration.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import org.sourcework.roster.ClassMember;

/** The instructors or the students of a class, with a button per person and a search to add someone. */
class MemberList extends Div {

    MemberList(
            String title,
            String emptyText,
            List<ClassMember> members,
            UserPicker picker,
            String addLabel,
            String actionLabel,
            Consumer<String> add,
            Consumer<ClassMember> action) {
        addClassName("member-list");
        add(new H3(title));
        if (members.isEmpty()) {
            add(new Paragraph(emptyText));
        } else {
            var list = new UnorderedList();
            for (var member : members) {
                var item = new ListItem(new Span(member.displayName() + " (" + member.username() + ")"));
                if (member.withdrawn()) {
                    var badge = new Span(getTranslation("classes.roster.withdrawn"));
                    badge.getElement().getThemeList().add("badge contrast");
                    item.add(new Text(" "), badge);
                } else {
                    var button = new Button(actionLabel, event -> action.accept(member));
                    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    button.setAriaLabel(actionLabel + " " + member.displayName());
                    item.add(new Text(" "), button);
                }
                list.add(item);
            }
            add(list);
        }
        var addButton = new Button(addLabel, event -> {
            if (picker.getValue() != null) {
                add.accept(picker.getValue().username());
            }
        });
        var row = new Div(picker, addButton);
        row.addClassName("add-member");
        add(row);
    }
}
