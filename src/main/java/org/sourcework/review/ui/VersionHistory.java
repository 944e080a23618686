package org.sourcework.review.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.sourcework.lessons.Question;
import org.sourcework.responses.AnswerVersion;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.review.GivenFeedback;

/**
 * Every handed-in version of an answer, oldest first, each with what changed since the one before
 * and the feedback it was given. Read from the server when first opened.
 */
final class VersionHistory extends Details {

    private final ReviewContext context;
    private final Question question;
    private final ClassAnswer answer;
    private final List<GivenFeedback> earlier;
    private boolean loaded;

    VersionHistory(ReviewContext context, Question question, ClassAnswer answer, List<GivenFeedback> earlier) {
        this.context = context;
        this.question = question;
        this.answer = answer;
        this.earlier = earlier;
        addClassName("version-history");
        setSummaryText(getTranslation("review.versions.summary", answer.revisionNumber()));
        addOpenedChangeListener(event -> {
            if (event.isOpened() && !loaded) {
                loaded = true;
                load();
            }
        });
    }

    private void load() {
        var versions = context.classWork().versions(answer.answerId());
        var previous = "";
        for (var version : versions) {
            var text = AnswerText.of(context.content(), question, version.value());
            add(entry(version, previous, text));
            previous = text;
        }
    }

    private Div entry(AnswerVersion version, String previous, String text) {
        var title = new Span(getTranslation("review.versions.version", version.number(),
                context.format().when(version.handedInAt())));
        title.addClassName("version-title");
        var entry = new Div(title);
        entry.addClassName("version-entry");
        if (version.number() == 1) {
            var first = new Paragraph(text.isBlank() ? getTranslation("review.answer.blank") : text);
            first.addClassName("answer-diff");
            entry.add(first);
        } else {
            entry.add(new DiffView(previous, text));
        }
        earlier.stream().filter(given -> given.revisionId() == version.revisionId()).findFirst().ifPresent(given -> {
            var feedback = new Paragraph(given.comment().isBlank()
                    ? getTranslation("review.versions.feedback-score", score(given), given.maxPoints())
                    : getTranslation("review.versions.feedback", score(given), given.maxPoints(), given.comment()));
            feedback.addClassName("version-feedback");
            entry.add(feedback);
        });
        return entry;
    }

    private static String score(GivenFeedback given) {
        return given.score() == null ? "–" : FeedbackSaver.plain(given.score()).toPlainString();
    }
}
