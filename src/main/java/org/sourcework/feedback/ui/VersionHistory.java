package org.sourcework.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.Question;
import org.sourcework.responses.AnswerVersion;
import org.sourcework.responses.ui.answers.AnswerDiff;
import org.sourcework.responses.ui.answers.AnswerParts;
import org.sourcework.responses.ui.answers.HandedInAnswer;
import org.sourcework.review.GivenFeedback;

/**
 * "Your versions": every version of an answer the student handed in, oldest first, each later one
 * showing what changed from the one before, with the feedback each was given.
 */
final class VersionHistory extends NativeDetails {

    /** @param shown the feedback shown in full above the history, which is only referred to here */
    VersionHistory(FeedbackPage page, Question question, List<AnswerVersion> versions, GivenFeedback shown) {
        addClassName("version-history");
        var summary = new Span(getTranslation("feedback.versions", versions.size()));
        summary.addClassName("version-history-summary");
        setSummary(summary);
        var list = new OrderedList();
        list.addClassName("version-list");
        List<AnswerParts> previous = null;
        for (var version : versions) {
            var parts = AnswerParts.of(question, page.content(), version.value(), this);
            list.add(version(page, question, version, previous, parts, shown));
            previous = parts;
        }
        setContent(list);
    }

    private ListItem version(
            FeedbackPage page,
            Question question,
            AnswerVersion version,
            @Nullable List<AnswerParts> previous,
            List<AnswerParts> parts,
            GivenFeedback shown) {
        var name = new Span(getTranslation("feedback.version", version.number()));
        name.addClassName("version-name");
        var when = new Span(
                getTranslation("feedback.version.handed-in", page.format().dateTime(version.handedInAt())));
        when.addClassName("version-when");
        var head = new Div(name, when);
        head.addClassName("version-head");
        var item = new ListItem(head);
        item.addClassName("answer-version");
        if (previous == null) {
            item.add(new HandedInAnswer(parts));
        } else if (previous.equals(parts)) {
            var same = new Paragraph(getTranslation("feedback.version.unchanged", version.number() - 1));
            same.addClassName("version-unchanged");
            item.add(same);
        } else {
            var changes = new Paragraph(getTranslation("feedback.version.changes", version.number() - 1));
            changes.addClassName("version-changes");
            item.add(changes, new AnswerDiff(previous, parts));
        }
        page.released(question.id()).stream()
                .filter(given -> given.revisionId() == version.revisionId())
                .forEach(given -> item.add(feedbackOn(given, given.id() == shown.id())));
        return item;
    }

    private Paragraph feedbackOn(GivenFeedback given, boolean shownAbove) {
        var text = new StringBuilder(getTranslation("feedback.version.feedback"));
        if (given.score() != null) {
            text.append(' ')
                    .append(getTranslation("feedback.score.of", FeedbackPage.points(given.score()), given.maxPoints()))
                    .append('.');
        }
        if (shownAbove) {
            text.append(' ').append(getTranslation("feedback.version.shown-above"));
        } else if (!given.comment().isBlank()) {
            text.append(' ')
                    .append(getTranslation(
                            "feedback.version.comment", given.comment().strip()));
        }
        var paragraph = new Paragraph(text.toString());
        paragraph.addClassName("version-feedback");
        return paragraph;
    }
}
