package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.sourcework.responses.WorkState;

/** "Submitted on 12 Dec 2026, 09:00 (late)": the answers are read-only now. */
final class SubmittedBanner extends Div {

    SubmittedBanner(WorkState work, ReaderFormat format) {
        addClassName("submitted-banner");
        getElement().setAttribute("role", "status");
        var when = work.submittedAt() == null ? "" : format.dateTime(work.submittedAt());
        var headline = new Span(getTranslation(work.late() ? "reader.submitted.late" : "reader.submitted.on", when));
        headline.addClassName("submitted-headline");
        add(headline, new Paragraph(getTranslation("reader.submitted.read-only")));
    }
}
