package org.sourcework.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.sourcework.security.SignedInUser;

/** Avatar, name and role of the signed-in person, with change password and sign out. */
class UserMenu extends MenuBar {

    UserMenu(SignedInUser user, Runnable signOut) {
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        addClassName("user-menu");
        var avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        avatar.getElement().setAttribute("aria-hidden", "true");
        var name = new Span(user.displayName());
        name.addClassName("user-menu-name");
        var trigger = new HorizontalLayout(avatar, name);
        trigger.setSpacing(false);
        trigger.addClassName("user-menu-trigger");
        var root = addItem(trigger);
        root.setAriaLabel(getTranslation("user-menu.label", user.displayName()));
        var sub = root.getSubMenu();
        var who = sub.addItem(getTranslation(
                "user-menu.signed-in-as",
                user.displayName() + " (" + getTranslation("role." + user.role().name()) + ")"));
        who.setEnabled(false);
        sub.addItem(
                getTranslation("user-menu.change-password"),
                event -> UI.getCurrent().navigate("change-password"));
        sub.addItem(getTranslation("user-menu.sign-out"), event -> signOut.run());
    }
}
