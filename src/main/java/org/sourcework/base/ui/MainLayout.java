package org.sourcework.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sourcework.security.AppRole;
import org.sourcework.security.CurrentUser;

/**
 * The frame around every signed-in view: product name, the navigation the caller may open (Vaadin
 * filters menu entries by each view's access annotation), and the user menu.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        var entries = MenuConfiguration.getMenuEntries();
        // the drawer holds the product name; on a phone the drawer is hidden, so the header shows it
        var headerBrand = new Span(getTranslation("app.name"));
        headerBrand.addClassName("header-brand");
        var spacer = new Div();
        spacer.addClassName("header-spacer");
        var header = new Header();
        header.addClassName("app-header");
        // a student has one place to go: their lessons (instructors and administrators keep the drawer)
        if (!currentUser.hasRole(AppRole.STUDENT) || entries.size() > 1) {
            setPrimarySection(Section.DRAWER);
            var toggle = new DrawerToggle();
            toggle.setAriaLabel(getTranslation("nav.toggle"));
            header.add(toggle, headerBrand, spacer);
            addToDrawer(brand(), navigation());
        } else {
            // a link in the header, not a 256 px drawer holding one link
            setPrimarySection(Section.NAVBAR);
            setDrawerOpened(false);
            addClassName("without-drawer");
            header.add(headerBrand);
            entries.forEach(entry -> {
                var link = new Anchor(entry.path(), getTranslation(entry.title()));
                link.addClassName("header-link");
                header.add(new Nav(link));
            });
            header.add(spacer);
        }
        currentUser.get().ifPresent(user -> header.add(new UserMenu(user, authentication::logout)));
        addToNavbar(true, header);
        addAttachListener(event -> ConnectionWatch.install(this));
    }

    private Div brand() {
        var name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        var tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        var brand = new Div(name, tagline);
        brand.addClassName("brand");
        return brand;
    }

    private Nav navigation() {
        var sideNav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            sideNav.addItem(item);
        });
        var nav = new Nav(sideNav);
        nav.addClassName("app-nav");
        nav.setAriaLabel(getTranslation("nav.main"));
        return nav;
    }
}
