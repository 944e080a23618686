package org.sourcework.responses.ui.answers;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.sourcework.responses.ui.answers.TextTags.Deleted;
import org.sourcework.responses.ui.answers.TextTags.Inserted;
import org.sourcework.responses.ui.answers.WordDiff.Kind;
import org.sourcework.responses.ui.answers.WordDiff.Run;

/**
 * What changed from one version of an answer to the next: added words marked, removed words struck
 * through, each change named in words for screen readers ("Added: … End of addition.").
 */
public final class AnswerDiff extends Div {

    public AnswerDiff(List<AnswerParts> before, List<AnswerParts> after) {
        addClassName("answer-diff");
        for (int index = 0; index < after.size(); index++) {
            var now = after.get(index);
            var then = index < before.size() ? before.get(index).tokens() : List.<String>of();
            if (now.label() != null) {
                var label = new Span(now.label());
                label.addClassName("answer-part-label");
                add(label);
            }
            var runs = WordDiff.diff(then, now.tokens());
            if (runs.isEmpty()) {
                var blank = new Paragraph(getTranslation("feedback.answer.part-blank"));
                blank.addClassName("blank-answer");
                add(blank);
            } else if (now.prose()) {
                add(prose(runs));
            } else {
                add(items(runs));
            }
        }
    }

    private Paragraph prose(List<Run> runs) {
        var text = new Paragraph();
        text.addClassName("answer-prose");
        for (var run : runs) {
            if (text.getComponentCount() > 0) {
                text.add(new Text(" "));
            }
            text.add(run.kind() == Kind.SAME ? new Text(run.text()) : change(run.kind(), run.text()));
        }
        return text;
    }

    private UnorderedList items(List<Run> runs) {
        var list = new UnorderedList();
        list.addClassName("answer-items");
        for (var run : runs) {
            for (var item : run.tokens()) {
                list.add(run.kind() == Kind.SAME ? new ListItem(item) : new ListItem(change(run.kind(), item)));
            }
        }
        return list;
    }

    private HtmlContainer change(Kind kind, String text) {
        var added = kind == Kind.ADDED;
        var start = new Span(getTranslation(added ? "feedback.diff.added" : "feedback.diff.removed") + " ");
        start.addClassName("sr-only");
        var end = new Span(" " + getTranslation(added ? "feedback.diff.added-end" : "feedback.diff.removed-end"));
        end.addClassName("sr-only");
        var change = added ? new Inserted(start, new Text(text), end) : new Deleted(start, new Text(text), end);
        change.addClassName(added ? "diff-added" : "diff-removed");
        return change;
    }
}
