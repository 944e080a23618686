package org.sourcework.responses.ui;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.SavedAnswer;
import org.sourcework.responses.StudentLesson;

/** What every part of one reader page shares: the lesson as opened, its pages, progress and savers. */
record ReaderContext(ResponseService service, StudentLesson lesson, ReaderPages pages, ReaderProgress progress,
        SaveTracker tracker, ReaderFormat format, LocalBackup backup, String pageId) {

    static ReaderContext of(ResponseService service, StudentLesson lesson, SaveTracker tracker, ReaderFormat format,
            LocalBackup backup, String pageId) {
        tracker.startPage();
        tracker.baseline(lesson.answers().values().stream().map(SavedAnswer::savedAt).filter(Objects::nonNull)
                .max(Comparator.<Instant>naturalOrder()).orElse(null));
        return new ReaderContext(service, lesson, new ReaderPages(lesson.content()), new ReaderProgress(lesson),
                tracker, format, backup, pageId);
    }

    long assignmentId() {
        return lesson.assignmentId();
    }

    LessonContent content() {
        return lesson.content();
    }

    boolean readOnly() {
        return lesson.work().submitted();
    }

    /** The saver of a question, reporting its saves to the progress. */
    AnswerSaver saver(Question question) {
        var saver = tracker.saver(question.id(), lesson.answers().get(question.id()));
        saver.addSavedListener(progress::saved);
        return saver;
    }
}
