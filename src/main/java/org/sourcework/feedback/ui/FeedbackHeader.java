package org.sourcework.feedback.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import org.sourcework.review.GivenFeedback;

/** The lesson's title and the total of the released marks: "7 / 12 points on 4 marked answers". */
final class FeedbackHeader extends Header {

    FeedbackHeader(FeedbackPage page, List<GivenFeedback> shown) {
        addClassName("feedback-header");
        // a link by address: the home view belongs to a feature above this one
        var back = new Anchor("my-lessons", getTranslation("feedback.back"));
        back.addClassName("back-link");
        var kicker = new Span(
                getTranslation("feedback.kicker", page.feedback().lesson().className()));
        kicker.addClassName("feedback-kicker");
        var title = new H1(page.content().title());
        title.addClassName("feedback-title");
        add(back, kicker, title);
        var scored = shown.stream().filter(given -> given.score() != null).toList();
        if (!scored.isEmpty()) {
            add(total(scored, shown.size()));
        }
    }

    private Div total(List<GivenFeedback> scored, int marked) {
        var score = scored.stream().map(GivenFeedback::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        var points = scored.stream().mapToInt(GivenFeedback::maxPoints).sum();
        var spoken = new Span(getTranslation("feedback.score.of", FeedbackPage.points(score), points));
        spoken.addClassName("sr-only");
        var value = new Span(FeedbackPage.points(score));
        value.addClassName("total-score");
        var out = new Span("/ " + points);
        out.addClassName("total-points");
        var shown = new Span(value, out);
        shown.getElement().setAttribute("aria-hidden", "true");
        var figure = new Div(spoken, shown);
        figure.addClassName("total-mark");
        var caption = new Paragraph(getTranslation("feedback.total", marked));
        caption.addClassName("total-caption");
        var total = new Div(figure, caption);
        total.addClassName("feedback-total");
        return total;
    }
}
