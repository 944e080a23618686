package org.sourcework.feedback.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.WrittenQuestion;
import org.sourcework.responses.AnswerVersion;
import org.sourcework.responses.ui.answers.AnswerParts;
import org.sourcework.responses.ui.answers.HandedInAnswer;
import org.sourcework.review.GivenFeedback;

/**
 * One marked answer, like a page a teacher handed back: the question, the answer as handed in, the
 * mark, the rubric levels, the comment and the sentence it points at, and what to do next.
 */
final class FeedbackItem extends Article {

    FeedbackItem(FeedbackPage page, Question question, GivenFeedback given) {
        addClassName("feedback-item");
        setId("feedback-" + question.id());
        setClassName("new", page.isNew(given));
        var number = new H3(getTranslation("feedback.question", page.number(question)));
        number.addClassName("feedback-question-number");
        var skill = new Span(getTranslation("reader.skill." + question.skill().fileName()));
        skill.addClassName("skill-label");
        skill.addClassName("skill-" + question.skill().fileName());
        var head = new Div(number, skill);
        head.addClassName("feedback-item-head");
        if (page.isNew(given)) {
            var fresh = new Span(getTranslation("feedback.new"));
            fresh.addClassName("new-tag");
            head.add(fresh);
        }
        head.add(mark(given));
        var prompt = new Paragraph(question.prompt().strip());
        prompt.addClassName("feedback-prompt");
        add(head, prompt, answer(page, question, given));
        if (question instanceof WrittenQuestion written
                && written.rubric() != null
                && !given.levels().isEmpty()) {
            add(new RubricLevels(written.rubric(), given.levels()));
        }
        if (!given.comment().isBlank()) {
            add(comment(given));
        }
        if (given.sentence() != null) {
            page.content()
                    .section(question.sectionId())
                    .ifPresent(section -> add(new SentenceQuote(page, question, section, given.sentence())));
        }
        if (given.revisionRequested()) {
            revision(page, question, given);
        }
        var versions = page.versions(question.id());
        if (versions.size() > 1) {
            add(new VersionHistory(page, question, versions, given));
        }
    }

    /** The mark in the margin: "2 / 3", read out as "2 of 3 points". */
    private Div mark(GivenFeedback given) {
        var mark = new Div();
        mark.addClassName("feedback-mark");
        if (given.score() == null) {
            mark.addClassName("unscored");
            mark.add(new Span(getTranslation("feedback.not-scored")));
            return mark;
        }
        var spoken =
                new Span(getTranslation("feedback.score.of", FeedbackPage.points(given.score()), given.maxPoints()));
        spoken.addClassName("sr-only");
        var score = new Span(FeedbackPage.points(given.score()));
        score.addClassName("mark-score");
        var out = new Span("/ " + given.maxPoints());
        out.addClassName("mark-points");
        var shown = new Span(score, out);
        shown.getElement().setAttribute("aria-hidden", "true");
        mark.add(spoken, shown);
        return mark;
    }

    private Div answer(FeedbackPage page, Question question, GivenFeedback given) {
        var label = new H4(getTranslation("feedback.your-answer"));
        label.addClassName("block-label");
        var block = new Div(label);
        block.addClassName("answer-block");
        var version = page.version(question.id(), given.revisionId());
        version.ifPresent(v -> {
            var when = new Span(getTranslation(
                    page.versions(question.id()).size() > 1
                            ? "feedback.answer.version-handed-in"
                            : "feedback.answer.handed-in",
                    v.number(),
                    page.format().dateTime(v.handedInAt())));
            when.addClassName("answer-when");
            block.add(when);
        });
        var value = version.map(AnswerVersion::value)
                .orElseGet(() -> page.current(question.id()) == null
                        ? null
                        : page.current(question.id()).value());
        if (value != null) {
            block.add(new HandedInAnswer(AnswerParts.of(question, page.content(), value, this)));
        }
        return block;
    }

    private Div comment(GivenFeedback given) {
        var label = new H4(getTranslation("feedback.comment"));
        label.addClassName("block-label");
        var text = new Paragraph(given.comment().strip());
        text.addClassName("comment-text");
        var comment = new Div(label, text);
        comment.addClassName("teacher-comment");
        return comment;
    }

    private void revision(FeedbackPage page, Question question, GivenFeedback given) {
        if (page.revising(question.id())) {
            add(new RevisionCall(page, question));
            return;
        }
        var markedNumber = page.version(question.id(), given.revisionId())
                .map(AnswerVersion::number)
                .orElse(0);
        page.versions(question.id()).stream()
                .filter(version -> version.number() > markedNumber)
                .reduce((first, second) -> second)
                .ifPresent(revised -> {
                    var done = new Paragraph(getTranslation(
                            "feedback.revision.handed-in", page.format().dateTime(revised.handedInAt())));
                    done.addClassName("revision-done");
                    add(done);
                });
    }
}
