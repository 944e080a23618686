package org.sourcework.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown instead of a stack trace when opening a page fails. The details go to the log. */
@PermitAll
public class ErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    public ErrorView() {
        addClassName("message-page");
        add(
                new H1(getTranslation("error.title")),
                new Paragraph(getTranslation("error.text")),
                new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not open {}", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.page-title");
    }
}
