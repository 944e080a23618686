package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.sourcework.base.ui.ReaderFormat;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.roster.ClassStudent;

/**
 * The line above an answer: when it was handed in, which version, its automatic score, and
 * whether the student is revising it.
 */
final class AnswerMeta extends Div {

    AnswerMeta(ClassAnswer answer, ClassStudent student, ReaderFormat format) {
        addClassName("answer-meta");
        if (answer.handedIn()) {
            add(new Span(getTranslation("review.answer.handed-in", format.when(answer.savedAt()))));
            if (answer.revisionNumber() > 1) {
                add(new Span(getTranslation("review.answer.version", answer.revisionNumber())));
            }
        }
        if (answer.autoScore() != null) {
            var auto = new Span(getTranslation(
                    "review.answer.auto-score",
                    FeedbackSaver.plain(answer.autoScore()).toPlainString(),
                    answer.maxPoints()));
            auto.addClassName("auto-score");
            add(auto);
        }
        if (answer.revisionRequested()) {
            var revising = new Span(getTranslation("review.answer.revising"));
            revising.addClassName("revising");
            add(revising);
        } else if (answer.changedSinceHandIn()) {
            add(new Span(getTranslation("review.answer.changed")));
        }
        if (student.withdrawn()) {
            add(new Span(getTranslation("review.student.withdrawn")));
        }
    }
}
