package org.sourcework.lti.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.RejectedException;
import org.sourcework.base.ui.MessageText;
import org.sourcework.base.ui.RouteIds;
import org.sourcework.lti.RosterRefreshPlan;
import org.sourcework.lti.RosterRefreshService;
import org.sourcework.security.AppRoles;

/**
 * An instructor refreshes a class's roster from its course on the learning platform (decision 0019): the
 * dry run shows who will be added, changed and withdrawn, and nothing changes until they confirm.
 */
@Route("refresh-roster/:classId")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class RosterRefreshView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RosterRefreshService refresh;
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final Paragraph done = new Paragraph();
    private final Div planArea = new Div();
    private final Button confirm = new Button();
    private final Button again = new Button();
    private long classId;
    private String title = "";
    private @Nullable RosterRefreshPlan plan;

    public RosterRefreshView(RosterRefreshService refresh) {
        this.refresh = refresh;
        addClassName("page");
        addClassName("roster-refresh");
        problem.addClassName("form-problem");
        problem.setId("roster-refresh-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        done.addClassName("roster-refresh-done");
        done.setId("roster-refresh-done");
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);
        confirm.setText(getTranslation("lti.roster.confirm"));
        confirm.setId("roster-refresh-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(event -> apply());
        again.setText(getTranslation("lti.roster.again"));
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        again.addClickListener(event -> {
            done.setVisible(false);
            dryRun();
        });
        var back = new Anchor("my-classes", getTranslation("lti.roster.back"));
        back.addClassName("roster-refresh-back");
        var actions = new Div(confirm, again, back);
        actions.addClassName("roster-refresh-actions");
        add(heading, intro, done, problem, planArea, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.number(event, "classId");
        // the same page for "not yours" and "not there", so ids cannot be probed
        var source = id.flatMap(refresh::of);
        if (source.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        classId = id.get();
        title = getTranslation("lti.roster.title", source.get().sourceName());
        heading.setText(title);
        intro.setText(getTranslation("lti.roster.intro", source.get().sourceName()));
        done.setVisible(false);
        dryRun();
    }

    /** Reads the course again and shows what confirming would do; a platform's failure is said plainly. */
    private void dryRun() {
        plan = null;
        confirm.setEnabled(false);
        planArea.removeAll();
        problem.setVisible(false);
        try {
            var fresh = withoutVaadinSession(() -> refresh.dryRun(classId));
            plan = fresh;
            planArea.add(new RefreshPlanList(fresh));
            // "nothing to change" says so, and there is nothing to confirm
            confirm.setEnabled(fresh.changesAnything());
        } catch (RejectedException e) {
            showProblem(MessageText.of(this, e));
        }
    }

    private void apply() {
        var seen = plan;
        if (seen == null) {
            return;
        }
        try {
            var result = withoutVaadinSession(() -> refresh.apply(classId, seen));
            dryRun();
            done.setText(getTranslation(
                    "lti.roster.done", result.added(), result.reenrolled(), result.changed(), result.withdrawn()));
            done.setVisible(true);
        } catch (RejectedException e) {
            // the course changed since the dry run, the platform failed, or a change was refused (all of it
            // was rolled back): show what is true now, and why
            dryRun();
            showProblem(MessageText.of(this, e));
        }
    }

    /**
     * Calls the refresh with no Vaadin session current on this thread. The refresh works as the system
     * administrator (decision 19), set on the thread's security context, but while a Vaadin session is
     * current Vaadin's VaadinAwareSecurityContextHolderStrategy answers with the HTTP session's context and
     * would hide it. Spring Security's filter has put the instructor's own context on the thread, so the
     * service still sees who calls it.
     */
    private static <T> T withoutVaadinSession(Supplier<T> call) {
        var instances = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            return call.get();
        } finally {
            CurrentInstance.restoreInstances(instances);
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.roster.page-title", title);
    }
}
