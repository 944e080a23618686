package org.sourcework.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.AutosaveStatus;
import org.sourcework.base.ui.Autosaver;
import org.sourcework.base.ui.VersionConflictDialog;
import org.sourcework.lessons.Question;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.review.FeedbackRules;
import org.sourcework.review.GivenFeedback;
import org.sourcework.roster.ClassStudent;

/**
 * Feedback on one student's answer: the answer as the student handed it in, its automatic score,
 * and the rubric, score, comment, sentence, revision request and comment bank, saved as the
 * instructor works, with the feedback's state and a button to release it. An answer not handed in
 * yet is shown read-only. Question, rubric and sentences are those of the lesson version the answer
 * was written to, which is also what the server grades it against.
 */
public class FeedbackEditor extends Section {

    private final ReviewContext context;
    private final Question question;
    private final ClassStudent student;
    private final ClassAnswer answer;
    private final Div answerColumn;
    private final FeedbackStateBadge badge = new FeedbackStateBadge();
    private final @Nullable FeedbackForm form;
    private final @Nullable FeedbackSaver saver;
    private final Button release = new Button();
    private final Button open = new Button();
    private boolean savedByMe;
    private @Nullable Boolean releasedShown;
    private @Nullable Runnable stateListener;
    private final Header head;
    private @Nullable Div body;
    private @Nullable CardFold fold;

    FeedbackEditor(
            ReviewContext context,
            Question shown,
            ClassStudent student,
            ClassAnswer answer,
            @Nullable GivenFeedback current,
            List<GivenFeedback> earlier,
            Component title) {
        this.context = context;
        this.question = context.asked(answer, shown);
        var content = context.contentOf(answer);
        this.student = student;
        this.answer = answer;
        addClassName("feedback-editor");
        getElement().setAttribute("data-student", student.username());
        getElement().setAttribute("data-question", shown.id());
        head = new Header(title);
        if (title instanceof QuestionTitle questionTitle) {
            questionTitle.addToMeta(badge);
        } else {
            head.add(badge);
        }
        head.addClassName("feedback-editor-head");
        answerColumn = new Div(
                new AnswerMeta(answer, student, context.format()), new MarkedAnswer(content, question, answer.value()));
        answerColumn.addClassName("feedback-answer");
        AttemptsLine.of(question, context.attempts(answer)).ifPresent(answerColumn::add);
        if (answer.revisionNumber() > 1) {
            answerColumn.add(new AnswerVersions(context, question, answer, earlier));
        }
        add(head);
        if (!answer.handedIn()) {
            addClassName("not-handed-in");
            var note = new Paragraph(getTranslation("review.answer.not-handed-in"));
            note.addClassName("feedback-note");
            answerColumn.add(note);
            add(answerColumn);
            form = null;
            saver = null;
            badge.setFeedbackState(null, false);
            return;
        }
        var bank = context.bank(question);
        var saver = new FeedbackSaver(context.review(), context.clock(), question, answer, current);
        var form = new FeedbackForm(content, question, answer.autoScore(), bank, this::saveNow);
        this.saver = saver;
        this.form = form;
        if (current != null) {
            form.fillFrom(FeedbackSaver.inputOf(current, question, answer.autoScore()));
        }
        form.watchTyping();
        context.polling().add(saver);
        saver.onRefused(form::showRejected);
        saver.onConflict(this::conflict);
        saver.addSavedListener(saved -> showState(saved));
        form.add(footer(saver));
        var body = new Div(answerColumn, form);
        body.addClassName("feedback-editor-body");
        this.body = body;
        add(body);
        if (answer.autoScore() != null && FeedbackRules.rubricOf(question) == null && current == null) {
            // an answer scored automatically needs nothing more unless the instructor wants to add something
            form.setVisible(false);
            open.setText(getTranslation("review.feedback.open"));
            open.addClassName("open-feedback");
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.addClickListener(event -> expand());
            answerColumn.add(open);
        }
        showState(current);
        for (int number = 1; number <= BankPanel.SHORTCUTS; number++) {
            var which = number;
            Shortcuts.addShortcutListener(this, () -> insertNumbered(which), digit(number), KeyModifier.ALT)
                    .listenOn(this);
        }
    }

    private Div footer(FeedbackSaver saver) {
        release.setText(getTranslation("review.release.answer"));
        release.addClassName("release-answer");
        release.addThemeVariants(ButtonVariant.LUMO_SMALL);
        release.addClickListener(event -> releaseAnswer());
        var status = new AutosaveStatus(saver, context.format()::when, "review.status");
        status.describeReplacement(at -> getTranslation(
                savedByMe ? "review.status.replaced-self" : "review.status.replaced",
                context.format().when(at)));
        var footer = new Div(status, release);
        footer.addClassName("feedback-footer");
        return footer;
    }

    public String username() {
        return student.username();
    }

    long studentId() {
        return student.userId();
    }

    Question question() {
        return question;
    }

    ClassAnswer answer() {
        return answer;
    }

    /**
     * Shows, above the answer, what the student was asked when it differs from what the screen
     * shows beside it (an answer written to an earlier version of the lesson).
     */
    void showAskedAs(Component asked) {
        answerColumn.addComponentAsFirst(asked);
    }

    /** Runs when focus moves into this editor from outside it: the screen shows what the answer is about. */
    void onFocusEnter(Runnable listener) {
        getElement()
                .addEventListener("focusin", event -> listener.run())
                .setFilter("!(event.relatedTarget && element.contains(event.relatedTarget))");
        getElement().addEventListener("click", event -> listener.run());
    }

    /** Saves what is typed and not yet saved, before the feedback is released or the screen is left. */
    boolean flush() {
        if (saver == null || form == null) {
            return true;
        }
        saver.save(form.input());
        return !saver.hasUnsavedValue() && saver.state() != Autosaver.State.REJECTED;
    }

    /**
     * Feedback saved elsewhere, or released, since it was read: known from now on. With nothing
     * unsaved here it is shown, and the status says who replaced it; otherwise the next save asks.
     */
    void refresh(@Nullable GivenFeedback given) {
        if (saver == null || form == null || given == null) {
            return;
        }
        savedByMe = context.savedByMe(given);
        if (saver.checkStored(given)) {
            form.fillFrom(FeedbackSaver.inputOf(given, question, answer.autoScore()));
        }
        showState(given);
    }

    /** The editor leaves the screen: a save that failed is no longer retried by the screen's polling. */
    void stopRetrying() {
        if (saver != null) {
            context.polling().remove(saver);
        }
    }

    private void saveNow() {
        if (saver != null && form != null) {
            saver.save(form.input());
        }
    }

    private void insertNumbered(int number) {
        if (form != null) {
            expand();
            form.bank()
                    .numbered(number)
                    .ifPresent(comment -> form.insert(comment.text().strip()));
        }
    }

    private void expand() {
        if (form != null && !form.isVisible()) {
            form.setVisible(true);
            open.setVisible(false);
            form.comment().focus();
        }
    }

    private void releaseAnswer() {
        if (!flush()) {
            return;
        }
        context.review().releaseAnswer(answer.answerId());
        context.review().feedbackFor(context.assignmentId(), List.of(student.userId())).stream()
                .filter(given -> Objects.equals(given.revisionId(), answer.revisionId()))
                .findFirst()
                .ifPresent(this::refresh);
    }

    private void conflict(GivenFeedback theirs) {
        var theirInput = FeedbackSaver.inputOf(theirs, question, answer.autoScore());
        var summary = new Div();
        summary.addClassName("conflict-theirs");
        if (theirs.score() != null) {
            summary.add(new Paragraph(getTranslation(
                    "review.conflict.their-score",
                    FeedbackSaver.plain(theirs.score()).toPlainString(),
                    question.points())));
        }
        if (!theirs.comment().isBlank()) {
            var comment = new Paragraph(theirs.comment());
            comment.addClassName("conflict-comment");
            summary.add(comment);
        }
        // two windows of the same instructor are not "another instructor"
        var self = context.savedByMe(theirs);
        new VersionConflictDialog(
                        getTranslation(self ? "review.conflict.title-self" : "review.conflict.title"),
                        getTranslation(self ? "review.conflict.text-self" : "review.conflict.text"),
                        getTranslation("review.conflict.keep-mine"),
                        getTranslation(self ? "review.conflict.load-other" : "review.conflict.load-theirs"),
                        () -> Objects.requireNonNull(saver).keepMine(theirs),
                        () -> {
                            Objects.requireNonNull(form).fillFrom(theirInput);
                            Objects.requireNonNull(saver).loadNewer(theirs);
                            showState(theirs);
                        },
                        summary)
                .open();
    }

    /** On a screen of many answers: the card folds to its heading once its feedback is released. */
    void foldWhenReleased() {
        if (body != null && fold == null) {
            fold = new CardFold(this, body);
            head.add(fold);
            fold.done(Boolean.TRUE.equals(releasedShown));
        }
    }

    /**
     * Runs when this answer's feedback is first saved or is released, so the screen's counts of
     * answers with feedback and released stay true without reading them again on every keystroke.
     */
    void onStateChange(Runnable listener) {
        stateListener = listener;
    }

    private void showState(@Nullable GivenFeedback given) {
        var released = given == null ? null : given.released();
        if (!Objects.equals(released, releasedShown)) {
            releasedShown = released;
            if (stateListener != null) {
                stateListener.run();
            }
            if (fold != null) {
                fold.done(Boolean.TRUE.equals(released));
                if (Boolean.TRUE.equals(released)) {
                    fold.focus();
                }
            }
        }
        badge.setFeedbackState(given, true);
        release.setVisible(given == null || !given.released());
        release.setEnabled(true);
    }

    private static Key digit(int number) {
        return switch (number) {
            case 1 -> Key.DIGIT_1;
            case 2 -> Key.DIGIT_2;
            case 3 -> Key.DIGIT_3;
            case 4 -> Key.DIGIT_4;
            case 5 -> Key.DIGIT_5;
            case 6 -> Key.DIGIT_6;
            case 7 -> Key.DIGIT_7;
            case 8 -> Key.DIGIT_8;
            default -> Key.DIGIT_9;
        };
    }
}
