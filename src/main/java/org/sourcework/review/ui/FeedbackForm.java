package org.sourcework.review.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.Autosaver;
import org.sourcework.base.ui.MessageText;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Rubric;
import org.sourcework.lessons.Section;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.FeedbackRejectedException;
import org.sourcework.review.FeedbackRules;

/**
 * The inputs of feedback on one answer: rubric levels, score (with a reason when it overrides the
 * rubric or the automatic score), comment, the sentence it points at, a revision request and the
 * comment bank. Tells its owner about each change the instructor makes, never about values it was
 * given to show.
 */
final class FeedbackForm extends Div {

    private final Question question;
    private final @Nullable BigDecimal autoScore;
    private final @Nullable RubricPicker rubric;
    private final ScoreField score;
    private final TextArea comment = new TextArea();
    private final @Nullable SentencePicker sentence;
    private final Checkbox revision = new Checkbox();
    private final BankPanel bank;
    private boolean showing;

    FeedbackForm(
            LessonContent content,
            Question question,
            @Nullable BigDecimal autoScore,
            CommentBank commentBank,
            Runnable changed) {
        this.question = question;
        this.autoScore = autoScore;
        addClassName("feedback-form");
        Runnable edited = () -> {
            if (!showing) {
                changed.run();
            }
        };
        Rubric questionRubric = FeedbackRules.rubricOf(question);
        score = new ScoreField(question.points(), questionRubric != null, edited);
        rubric = questionRubric == null
                ? null
                : new RubricPicker(questionRubric, () -> {
                    score.computed(computed());
                    edited.run();
                });
        score.computed(computed());
        comment.addClassName("feedback-comment");
        comment.setLabel(getTranslation("review.comment.label"));
        comment.setMaxLength(FeedbackRules.MAX_COMMENT);
        comment.setMinRows(3);
        comment.setWidthFull();
        comment.setManualValidation(true);
        comment.setValueChangeMode(ValueChangeMode.LAZY);
        comment.setValueChangeTimeout(Autosaver.TYPING_PAUSE_MILLIS);
        comment.addValueChangeListener(event -> {
            count();
            comment.setInvalid(false);
            edited.run();
        });
        comment.addBlurListener(event -> edited.run());
        count();
        var sentences =
                content.section(question.sectionId()).map(Section::sentences).orElse(List.of());
        sentence = sentences.isEmpty() ? null : new SentencePicker(sentences, edited);
        revision.setLabel(getTranslation("review.revision.label"));
        revision.addClassName("revision-request");
        revision.addValueChangeListener(event -> edited.run());
        bank = new BankPanel(commentBank, questionRubric, this::insert, comment::getValue);
        var extras = new Div();
        extras.addClassName("feedback-extras");
        if (sentence != null) {
            extras.add(sentence);
        }
        extras.add(revision);
        if (rubric != null) {
            add(rubric);
        }
        add(score, comment, extras, bank);
    }

    TextArea comment() {
        return comment;
    }

    BankPanel bank() {
        return bank;
    }

    /** Adds a comment from the bank after what is written, and leaves the field to edit. */
    void insert(String text) {
        var written = comment.getValue();
        var joined = written.isBlank() ? text : written.stripTrailing() + (written.endsWith("\n") ? "" : " ") + text;
        comment.setValue(joined.length() > FeedbackRules.MAX_COMMENT ? written : joined);
        comment.focus();
    }

    FeedbackInput input() {
        var levels = rubric == null ? Map.<String, Integer>of() : rubric.levels();
        return new FeedbackInput(
                levels,
                score.manual(),
                score.reason(),
                comment.getValue(),
                sentence == null ? null : sentence.getValue(),
                revision.getValue());
    }

    void fillFrom(FeedbackInput input) {
        showing = true;
        try {
            if (rubric != null) {
                rubric.selectLevels(input.levels());
            }
            score.computed(computed());
            score.fillFrom(input.score(), input.overrideReason());
            comment.setValue(input.comment());
            if (sentence != null) {
                sentence.selectSentence(input.sentence());
            }
            revision.setValue(input.revisionRequested());
        } finally {
            showing = false;
        }
    }

    /** Shows a refusal beside the input it is about; what was typed stays. */
    void showRejected(RuntimeException refusal) {
        var text = MessageText.of(this, refusal);
        var field = refusal instanceof FeedbackRejectedException rejected
                ? rejected.field()
                : FeedbackRejectedException.Field.GENERAL;
        switch (field) {
            case LEVELS -> {
                if (rubric != null) {
                    rubric.showRejected(text);
                } else {
                    score.showRejected(text, false);
                }
            }
            case SCORE -> score.showRejected(text, false);
            case REASON -> score.showRejected(text, true);
            case SENTENCE -> {
                if (sentence != null) {
                    sentence.showRejected(text);
                } else {
                    commentRejected(text);
                }
            }
            case COMMENT, GENERAL -> commentRejected(text);
        }
    }

    private void commentRejected(String message) {
        comment.setErrorMessage(message);
        comment.setInvalid(true);
    }

    private @Nullable BigDecimal computed() {
        return FeedbackRules.computedScore(question, autoScore, rubric == null ? Map.of() : rubric.levels());
    }

    private void count() {
        comment.setHelperText(getTranslation(
                "review.comment.counter",
                String.valueOf(comment.getValue().length()),
                String.valueOf(FeedbackRules.MAX_COMMENT)));
    }

    /** The counter follows each keystroke in the browser, and "Saving…" shows while typing. */
    void watchTyping() {
        comment.getElement()
                .executeJs(
                        """
                const template = $0, max = $1;
                this.addEventListener('input', () => {
                  this.helperText = template.replace('{0}', this.value.length).replace('{1}', max);
                  const status = this.closest('.feedback-editor')?.querySelector('.save-status');
                  if (status) status.setAttribute('data-typing', '');
                });
                """,
                        getTranslation("review.comment.counter", "{0}", "{1}"),
                        String.valueOf(FeedbackRules.MAX_COMMENT));
    }
}
