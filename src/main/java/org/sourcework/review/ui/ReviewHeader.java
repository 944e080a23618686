package org.sourcework.review.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import org.sourcework.base.ui.ReviewNav;
import org.sourcework.base.ui.ReviewNav.Screen;

/** The top of a review screen: which class and lesson, the screen's name and the links to the other review screens. */
final class ReviewHeader extends Header {

    ReviewHeader(ReviewContext context, Screen screen, String title) {
        addClassName("review-header");
        var where = new Span(getTranslation(
                "review.header.where",
                context.assignment().className(),
                context.content().title()));
        where.addClassName("review-where");
        var heading = new H1(title);
        add(where, heading, new ReviewNav(context.assignmentId(), screen));
    }
}
