package org.sourcework.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/**
 * The links between an assignment's review screens: overview, by question, by student, gradebook, analytics.
 * The current screen is marked for screen readers with {@code aria-current}.
 */
public class ReviewNav extends Nav {

    /** The review screens, with the path of each below {@code review/<assignmentId>}. */
    public enum Screen {
        OVERVIEW(""),
        BY_QUESTION("/question"),
        BY_STUDENT("/student"),
        GRADEBOOK("/gradebook"),
        ANALYTICS("/analytics");

        private final String path;

        Screen(String path) {
            this.path = path;
        }

        public String href(long assignmentId) {
            return "review/" + assignmentId + path;
        }
    }

    public ReviewNav(long assignmentId, Screen current) {
        addClassName("review-nav");
        getElement().setAttribute("aria-label", getTranslation("review.nav.label"));
        for (var screen : Screen.values()) {
            var link = new Anchor(screen.href(assignmentId), getTranslation("review.nav." + screen.name()));
            link.addClassName("review-nav-link");
            if (screen == current) {
                link.getElement().setAttribute("aria-current", "page");
            }
            add(link);
        }
    }
}
