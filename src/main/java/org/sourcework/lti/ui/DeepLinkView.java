package org.sourcework.lti.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.RejectedException;
import org.sourcework.base.ui.DateTimes;
import org.sourcework.base.ui.DueDateField;
import org.sourcework.base.ui.EmptyState;
import org.sourcework.base.ui.MessageText;
import org.sourcework.lti.DeepLinkPicker;
import org.sourcework.lti.DeepLinkingService;
import org.sourcework.roster.LessonPath;
import org.sourcework.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;

/**
 * Where a learning platform's "add external tool" (LTI deep linking) brings an instructor: they pick a
 * lesson, the core path or the full lesson, and a due date; the class is the course's. Adding or
 * cancelling sends the browser to the page that posts the signed answer back to the platform.
 */
@Route("deep-link/:request")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class DeepLinkView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DeepLinkingService deepLinking;
    // due dates are entered in the browser's time zone, as the administrator's assign form does
    private final ZoneId zone = DateTimes.forBrowser(Clock.systemDefaultZone()).zone();
    private final ComboBox<DeepLinkPicker.Lesson> lesson = new ComboBox<>();
    private final RadioButtonGroup<LessonPath> path = new RadioButtonGroup<>();
    private final Paragraph error = new Paragraph();
    private String requestId = "";

    public DeepLinkView(DeepLinkingService deepLinking) {
        this.deepLinking = deepLinking;
        addClassNames("page", "deep-link-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestId = event.getRouteParameters().get("request").orElse("");
        removeAll();
        add(new H1(getTranslation("lti.deep-link.title")));
        try {
            show(deepLinking.picker(requestId));
        } catch (RejectedException | AccessDeniedException refused) {
            add(new EmptyState(getTranslation("lti.deep-link.gone.title"), MessageText.of(this, refused)));
        }
    }

    private void show(DeepLinkPicker picker) {
        add(new Paragraph(getTranslation("lti.deep-link.intro", picker.className())));
        lesson.setLabel(getTranslation("lti.deep-link.lesson"));
        lesson.setId("deep-link-lesson");
        lesson.setRequiredIndicatorVisible(true);
        lesson.setItems(picker.lessons());
        lesson.setItemLabelGenerator(choice ->
                choice.given() ? getTranslation("lti.deep-link.lesson.given", choice.title()) : choice.title());
        path.setLabel(getTranslation("classes.roster.path"));
        path.setItems(LessonPath.FULL, LessonPath.CORE);
        path.setItemLabelGenerator(choice ->
                getTranslation(choice == LessonPath.CORE ? "classes.roster.path.core" : "classes.roster.path.full"));
        path.setValue(LessonPath.FULL);
        path.setHelperText(getTranslation("classes.roster.path.help"));
        var due = new DueDateField(getTranslation("classes.roster.due-optional"));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        var add = new Button(getTranslation("lti.deep-link.add"), event -> choose(due.getValue()));
        add.setId("deep-link-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("lti.deep-link.cancel"), event -> cancel());
        cancel.setId("deep-link-cancel");
        var buttons = new Div(add, cancel);
        buttons.addClassName("filter-bar");
        if (picker.lessons().isEmpty()) {
            add(new EmptyState(
                    getTranslation("lti.deep-link.empty.title"), getTranslation("lti.deep-link.empty.text")));
            add(new Div(cancel), error);
            return;
        }
        lesson.setWidth("min(100%, 32rem)");
        var form = new VerticalLayout(lesson, path, due, error, buttons);
        form.setPadding(false);
        add(form);
    }

    private void choose(@Nullable LocalDateTime dueAt) {
        if (lesson.getValue() == null) {
            lesson.setInvalid(true);
            lesson.setErrorMessage(getTranslation("lti.deep-link.lesson.required"));
            return;
        }
        try {
            deepLinking.choose(requestId, lesson.getValue().id(), path.getValue(), instant(dueAt));
            returnToPlatform();
        } catch (RejectedException | AccessDeniedException refused) {
            error.setText(MessageText.of(this, refused));
            error.setVisible(true);
        }
    }

    private void cancel() {
        try {
            deepLinking.cancel(requestId, getLocale());
            returnToPlatform();
        } catch (RejectedException | AccessDeniedException refused) {
            error.setText(MessageText.of(this, refused));
            error.setVisible(true);
        }
    }

    /** A full page load: the answer is a form post to the platform, which a Vaadin page cannot make. */
    private void returnToPlatform() {
        getUI().ifPresent(ui -> ui.getPage().setLocation("lti/deep-link/" + requestId + "/return"));
    }

    private @Nullable Instant instant(@Nullable LocalDateTime value) {
        return value == null ? null : value.atZone(zone).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.deep-link.page-title");
    }
}
