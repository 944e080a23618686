package org.sourcework.administration.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.sourcework.security.AppRole;
import org.sourcework.users.ManagedUser;
import org.sourcework.users.UserAdminService;
import org.sourcework.users.UserFilter;

/** Finds an enabled account of one role by name, username or email, fetching matches page by page. */
class UserPicker extends ComboBox<ManagedUser> {

    UserPicker(UserAdminService users, AppRole role) {
        setLabel(getTranslation("classes.roster.person"));
        setPlaceholder(getTranslation("classes.roster.person.placeholder"));
        setItemLabelGenerator(user -> user.displayName() + " (" + user.username() + ")");
        setItems(query ->
                users
                        .page(
                                new UserFilter(query.getFilter().orElse(""), role, true),
                                query.getOffset(),
                                query.getLimit())
                        .stream());
    }
}
