package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** On an answer the instructor asked to revise: what that means, and the way to their feedback. */
final class RevisionBanner extends Div {

    RevisionBanner(ReaderContext context) {
        addClassName("revision-banner");
        var headline = new Span(getTranslation("reader.revision.asked"));
        headline.addClassName("revision-headline");
        // by address: the feedback view belongs to the review feature, which builds on this one
        var feedback = new Anchor("feedback/" + context.assignmentId(), getTranslation("reader.revision.feedback"));
        feedback.addClassName("revision-feedback-link");
        var text = new Paragraph(getTranslation("reader.revision.explain"));
        add(headline, text, feedback);
    }
}
