package org.sourcework.responses.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.sourcework.lessons.LessonContent;

/** Previous and Next at the end of a page; Submit on the last one. */
final class PageNavigation extends Nav {

    PageNavigation(ReaderContext context, Runnable submit) {
        addClassName("page-navigation");
        setAriaLabel(getTranslation("reader.page-navigation"));
        var pages = context.pages();
        var headnote = getTranslation("reader.headnote-page");
        pages.previous(context.pageId()).ifPresent(previous -> {
            var button = new Button(
                    getTranslation("reader.previous", pages.label(previous, headnote)),
                    VaadinIcon.ARROW_LEFT.create(),
                    event -> go(context, previous));
            button.addClassName("previous");
            add(button);
        });
        pages.next(context.pageId()).ifPresent(next -> {
            var button = new Button(
                    getTranslation(
                            LessonContent.HEADNOTE.equals(context.pageId()) ? "reader.start-reading" : "reader.next",
                            pages.label(next, headnote)),
                    VaadinIcon.ARROW_RIGHT.create(),
                    event -> go(context, next));
            button.setIconAfterText(true);
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.addClassName("next");
            add(button);
        });
        if (pages.atEnd(context.pageId()) && !context.readOnly()) {
            var button = new Button(getTranslation("reader.submit-lesson"), event -> submit.run());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.addClassName("next");
            add(button);
        }
    }

    private static void go(ReaderContext context, String pageId) {
        UI.getCurrent().navigate(ReaderView.class, ReaderView.parameters(context.assignmentId(), pageId));
    }
}
