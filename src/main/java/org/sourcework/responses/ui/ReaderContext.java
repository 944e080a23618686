package org.sourcework.responses.ui;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.ReaderFormat;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.responses.AnswerCheckService;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.SavedAnswer;
import org.sourcework.responses.StudentLesson;

/**
 * What every part of one reader page shares: the lesson as opened, its pages, progress and savers,
 * and for a submitted lesson the answers the instructor asked to revise.
 *
 * @param handInRevision hands in the revised answer to a question and shows the page again
 * @param justRevised    the question whose revised answer was handed in just now, to confirm it
 */
record ReaderContext(
        ResponseService service,
        AnswerCheckService checks,
        StudentLesson lesson,
        ReaderPages pages,
        ReaderProgress progress,
        SaveTracker tracker,
        ReaderFormat format,
        LocalBackup backup,
        String pageId,
        Consumer<String> handInRevision,
        @Nullable String justRevised,
        Map<String, List<ChoiceAnswer>> checked) {

    static ReaderContext of(
            ResponseService service,
            AnswerCheckService checks,
            StudentLesson lesson,
            SaveTracker tracker,
            ReaderFormat format,
            LocalBackup backup,
            String pageId,
            Consumer<String> handInRevision,
            @Nullable String justRevised) {
        tracker.startPage();
        tracker.baseline(lesson.answers().values().stream()
                .map(SavedAnswer::savedAt)
                .filter(Objects::nonNull)
                .max(Comparator.<Instant>naturalOrder())
                .orElse(null));
        var checked = lesson.content().settings().checksAnswers()
                ? checks.myAttempts(lesson.assignmentId())
                : Map.<String, List<ChoiceAnswer>>of();
        return new ReaderContext(
                service,
                checks,
                lesson,
                new ReaderPages(lesson.content()),
                new ReaderProgress(lesson),
                tracker,
                format,
                backup,
                pageId,
                handInRevision,
                justRevised,
                checked);
    }

    /** The answers to a choice question the student checked, oldest first, as the page was opened. */
    List<ChoiceAnswer> attempts(String questionId) {
        return checked.getOrDefault(questionId, List.of());
    }

    long assignmentId() {
        return lesson.assignmentId();
    }

    LessonContent content() {
        return lesson.content();
    }

    /** The lesson is submitted; only answers the instructor asked to revise may change. */
    boolean readOnly() {
        return lesson.work().submitted();
    }

    /** The instructor asked for a revision of this answer, and it is not handed in again yet. */
    boolean revising(Question question) {
        var answer = lesson.answers().get(question.id());
        return readOnly() && answer != null && answer.revisionRequested();
    }

    /** Whether the student may change this answer now. */
    boolean editable(Question question) {
        return !readOnly() || revising(question);
    }

    /** The questions whose answers wait for a revision, in lesson order. */
    List<Question> revisions() {
        return content().questions().stream().filter(this::revising).toList();
    }

    /** The saver of a question, reporting its saves to the progress. */
    AnswerSaver saver(Question question) {
        var saver = tracker.saver(question.id(), lesson.answers().get(question.id()));
        saver.addSavedListener(progress::saved);
        return saver;
    }
}
