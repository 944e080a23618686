package org.sourcework.responses;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.Message;
import org.sourcework.base.SaveOutcome;
import org.sourcework.security.CurrentUser;
import org.sourcework.security.StudentOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students' answers to their assigned lessons: opening a lesson, autosaving each answer, and
 * submitting. It is the student's door only: what an instructor does to class work, reopening
 * it included, goes through {@link ClassWorkService}. Every method first checks that its input is
 * consistent (the assignment, question, options, sentences and categories exist), then that the
 * caller may reach the class, and only then reads or writes. A student only ever sees their own
 * work.
 */
@Service
@Transactional
public class ResponseService {

    private final StudentWorks works;
    private final StudentAnswers answers;
    private final LessonCards cards;
    private final CurrentUser currentUser;

    ResponseService(StudentWorks works, StudentAnswers answers, LessonCards cards, CurrentUser currentUser) {
        this.works = works;
        this.answers = answers;
        this.cards = cards;
        this.currentUser = currentUser;
    }

    /** Every lesson assigned to the student's classes, with their progress, for the home view. */
    @StudentOnly
    @Transactional(readOnly = true)
    public List<StudentLessonCard> myLessons() {
        return cards.of(currentUser.id());
    }

    /**
     * The lesson with the student's own answers. The first open starts the work and pins it to the
     * lesson's current version; later opens show that version even after the lesson has changed.
     */
    @StudentOnly
    public StudentLesson open(long assignmentId) {
        var context = works.find(assignmentId);
        works.requireStudentIn(context);
        var work = works.startedWork(context);
        var stored = answers.of(work);
        var assignment = context.assignment();
        return new StudentLesson(
                assignment.id(),
                assignment.className(),
                assignment.dueAt(),
                context.content(),
                WorkStates.of(context, work, stored, works.now()),
                answers.byQuestion(stored));
    }

    /**
     * The student's answers as stored now, so a page open in another window learns which of them
     * were saved since it loaded. Starts nothing.
     */
    @StudentOnly
    @Transactional(readOnly = true)
    public Map<String, SavedAnswer> myAnswers(long assignmentId) {
        var context = works.find(assignmentId);
        works.requireStudentIn(context);
        return context.work().map(work -> answers.byQuestion(answers.of(work))).orElse(Map.of());
    }

    /**
     * Saves one answer exactly as typed, with its automatic score. Returns {@link SaveOutcome.Conflict}
     * without writing when the stored answer is not the version the student edited.
     *
     * @param expectedVersion the {@link SavedAnswer#version()} the student's copy started from, or
     *                        null when they have never seen a saved answer to this question
     * @throws AnswerRejectedException when the answer does not fit the question or the work is submitted
     */
    @StudentOnly
    public SaveOutcome<SavedAnswer> save(
            long assignmentId, String questionId, AnswerValue value, @Nullable Integer expectedVersion) {
        var context = works.lock(assignmentId);
        var question = context.question(questionId);
        if (value == null) {
            throw new AnswerRejectedException(Message.of("answer.rejected.nothing-to-save"));
        }
        AnswerValidator.validate(question, context.content(), value);
        works.requireStudentIn(context);
        return answers.write(works.startedWork(context), question, value, expectedVersion, works.now());
    }

    /** Where the student left off: {@code "headnote"} or a section of their lesson version. */
    @StudentOnly
    public void rememberSection(long assignmentId, String sectionId) {
        var context = works.lock(assignmentId);
        if (sectionId == null || !context.hasSection(sectionId)) {
            throw new AnswerRejectedException(Message.of("answer.rejected.no-section", sectionId));
        }
        works.requireStudentIn(context);
        works.startedWork(context).rememberSection(sectionId, works.now());
    }

    /**
     * Remembers how the student reads the text (original, adapted or both), also once the lesson is
     * submitted, since it changes no answer; their instructors can see whether they read the adapted text.
     */
    @StudentOnly
    public void chooseReadingView(long assignmentId, ReadingView view) {
        if (view == null) {
            throw new AnswerRejectedException(Message.of("answer.rejected.reading-view"));
        }
        var context = works.lock(assignmentId);
        works.requireStudentIn(context);
        works.startedWork(context).chooseReadingView(view, works.now());
    }

    /** The questions without a non-blank answer, in lesson order, for the submit confirmation. */
    @StudentOnly
    @Transactional(readOnly = true)
    public List<String> unansweredQuestionIds(long assignmentId) {
        var context = works.find(assignmentId);
        works.requireStudentIn(context);
        return WorkStates.unanswered(context, context.work().map(answers::of).orElse(List.of()));
    }

    /**
     * Hands the work in; the answers become read-only until the instructor reopens it. Accepted after
     * the due date, and then marked late.
     */
    @StudentOnly
    public WorkState submit(long assignmentId) {
        var context = works.lock(assignmentId);
        works.requireStudentIn(context);
        var work = works.startedWork(context);
        var now = works.now();
        work.submit(now, context.assignment().dueAt());
        answers.handIn(work, now);
        return WorkStates.of(context, work, answers.of(work), now);
    }

    /**
     * Hands in a revised answer of a submitted lesson, as released feedback asked; the answer is then
     * read-only again and the instructor sees the new version beside the old ones.
     */
    @StudentOnly
    public SavedAnswer handInRevision(long assignmentId, String questionId) {
        var context = works.lock(assignmentId);
        context.question(questionId);
        works.requireStudentIn(context);
        var work = context.work()
                .orElseThrow(() -> new AnswerRejectedException(Message.of("answer.rejected.no-revision-asked")));
        return answers.handInRevision(work, questionId, works.now());
    }

    /** Every handed-in version of the student's own answers, oldest first, by question id. */
    @StudentOnly
    @Transactional(readOnly = true)
    public Map<String, List<AnswerVersion>> myAnswerVersions(long assignmentId) {
        var context = works.find(assignmentId);
        works.requireStudentIn(context);
        return context.work().map(answers::versions).orElse(Map.of());
    }
}
