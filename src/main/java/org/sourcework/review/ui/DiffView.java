package org.sourcework.review.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One version of an answer with what changed since the one before: added words marked, removed
 * ones struck through, each an element of its own rather than markup in a string.
 */
final class DiffView extends Paragraph {

    DiffView(String before, String after) {
        addClassName("answer-diff");
        for (var part : WordDiff.between(before, after)) {
            switch (part.kind()) {
                case SAME -> add(new Text(part.text()));
                case ADDED -> add(new Inserted(part.text()));
                case REMOVED -> add(new Deleted(part.text()));
            }
        }
    }

    @Tag("ins")
    static final class Inserted extends HtmlContainer {

        Inserted(String text) {
            setText(text);
        }
    }

    @Tag("del")
    static final class Deleted extends HtmlContainer {

        Deleted(String text) {
            setText(text);
        }
    }
}
