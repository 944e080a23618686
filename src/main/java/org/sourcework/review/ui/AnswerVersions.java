package org.sourcework.review.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.Question;
import org.sourcework.responses.AnswerVersion;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.responses.ui.answers.AnswerDiff;
import org.sourcework.responses.ui.answers.AnswerParts;
import org.sourcework.responses.ui.answers.HandedInAnswer;
import org.sourcework.review.GivenFeedback;

/**
 * For the instructor: every handed-in version of an answer, oldest first, each later one with what
 * changed since the one before (as the student's feedback view shows it) and the feedback it was
 * given. Read from the server when first opened.
 */
final class AnswerVersions extends Details {

    private final ReviewContext context;
    private final Question question;
    private final ClassAnswer answer;
    private final List<GivenFeedback> earlier;
    private boolean loaded;

    AnswerVersions(ReviewContext context, Question question, ClassAnswer answer, List<GivenFeedback> earlier) {
        this.context = context;
        this.question = question;
        this.answer = answer;
        this.earlier = earlier;
        addClassName("answer-versions");
        setSummaryText(getTranslation("review.versions.summary", answer.revisionNumber()));
        addOpenedChangeListener(event -> {
            if (event.isOpened() && !loaded) {
                loaded = true;
                load();
            }
        });
    }

    private void load() {
        List<AnswerParts> previous = null;
        for (var version : context.classWork().versions(answer.answerId())) {
            var parts = AnswerParts.of(question, context.contentOf(answer), version.value(), this);
            add(entry(version, previous, parts));
            previous = parts;
        }
    }

    private Div entry(AnswerVersion version, @Nullable List<AnswerParts> previous, List<AnswerParts> parts) {
        var title = new Span(getTranslation(
                "review.versions.version", version.number(), context.format().when(version.handedInAt())));
        title.addClassName("version-title");
        var entry = new Div(title);
        entry.addClassName("version-entry");
        if (previous == null && parts.stream().allMatch(AnswerParts::blank)) {
            var blank = new Paragraph(getTranslation("review.answer.blank"));
            blank.addClassName("answer-blank");
            entry.add(blank);
        } else if (previous == null) {
            entry.add(new HandedInAnswer(parts));
        } else if (previous.equals(parts)) {
            var same = new Paragraph(getTranslation("review.versions.unchanged", version.number() - 1));
            same.addClassName("answer-version-feedback");
            entry.add(same);
        } else {
            entry.add(new AnswerDiff(previous, parts));
        }
        earlier.stream()
                .filter(given -> given.revisionId() == version.revisionId())
                .findFirst()
                .ifPresent(given -> {
                    var feedback = new Paragraph(
                            given.comment().isBlank()
                                    ? getTranslation("review.versions.feedback-score", score(given), given.maxPoints())
                                    : getTranslation(
                                            "review.versions.feedback",
                                            score(given),
                                            given.maxPoints(),
                                            given.comment()));
                    feedback.addClassName("answer-version-feedback");
                    entry.add(feedback);
                });
        return entry;
    }

    private static String score(GivenFeedback given) {
        return given.score() == null ? "–" : FeedbackSaver.plain(given.score()).toPlainString();
    }
}
