package org.sourcework.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A plain "page not found", also shown for views the caller may not open, so ids cannot be probed. */
@PermitAll
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        addClassName("message-page");
        add(
                new H1(getTranslation("error.not-found.title")),
                new Paragraph(getTranslation("error.not-found.text")),
                new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title") + " | " + getTranslation("app.name");
    }
}
