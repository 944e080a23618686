package org.sourcework.review.ui;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.ReaderFormat;
import org.sourcework.base.ui.RetryPolling;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.VersionedContent;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.review.GivenFeedback;
import org.sourcework.review.ReviewService;
import org.sourcework.roster.AssignmentInfo;

/**
 * What the feedback editors of one review screen share: the assignment and its lesson, the
 * services, the time format, the retrying of failed saves and the comment banks. The screen is laid
 * out on the lesson's current version; an answer is shown with the version it was written to, each
 * version read once per screen however many answers were written to it.
 */
final class ReviewContext {

    private final ReviewService review;
    private final ClassWorkService classWork;
    private final AssignmentInfo assignment;
    private final LessonContent content;
    private final int currentVersion;
    private final IntFunction<LessonContent> readVersion;
    private final Map<Integer, LessonContent> versions = new HashMap<>();
    private final ReaderFormat format;
    private final RetryPolling polling;
    private final Clock clock;
    private final long userId;
    private final Map<String, CommentBank> banks = new HashMap<>();
    private @Nullable Map<Long, List<ChoiceAnswer>> attempts;

    ReviewContext(
            ReviewService review,
            ClassWorkService classWork,
            AssignmentInfo assignment,
            VersionedContent current,
            IntFunction<LessonContent> readVersion,
            ReaderFormat format,
            RetryPolling polling,
            Clock clock,
            long userId) {
        this.review = review;
        this.classWork = classWork;
        this.assignment = assignment;
        this.content = current.content();
        this.currentVersion = current.number();
        this.readVersion = readVersion;
        versions.put(current.number(), current.content());
        this.format = format;
        this.polling = polling;
        this.clock = clock;
        this.userId = userId;
    }

    ReviewService review() {
        return review;
    }

    ClassWorkService classWork() {
        return classWork;
    }

    AssignmentInfo assignment() {
        return assignment;
    }

    long assignmentId() {
        return assignment.id();
    }

    /** The lesson's current version, which the screen's lists and pickers follow. */
    LessonContent content() {
        return content;
    }

    int currentVersion() {
        return currentVersion;
    }

    /** The lesson as it was in version {@code number}. */
    LessonContent contentOf(int number) {
        return versions.computeIfAbsent(number, readVersion::apply);
    }

    /** The lesson as the student read it when writing the answer. */
    LessonContent contentOf(ClassAnswer answer) {
        return contentOf(answer.lessonVersion());
    }

    /** The question as the student was asked it; the screen's own when that version no longer has it. */
    Question asked(ClassAnswer answer, Question question) {
        return contentOf(answer).question(question.id()).orElse(question);
    }

    ReaderFormat format() {
        return format;
    }

    RetryPolling polling() {
        return polling;
    }

    Clock clock() {
        return clock;
    }

    /** Whether feedback was saved last by the instructor using this screen (in another window), not a colleague. */
    boolean savedByMe(GivenFeedback given) {
        return given.updatedBy() == userId;
    }

    /** The question's number in the current version of the lesson, as the reader shows it. */
    int number(Question question) {
        return number(content, question);
    }

    /** The question's number in the given version of the lesson, as the reader showed it. */
    static int number(LessonContent content, Question question) {
        var questions = content.questions();
        for (int index = 0; index < questions.size(); index++) {
            if (questions.get(index).id().equals(question.id())) {
                return index + 1;
            }
        }
        return 0;
    }

    /** The choice answers the student checked before this one was saved, oldest first; read once per screen. */
    List<ChoiceAnswer> attempts(ClassAnswer answer) {
        if (attempts == null) {
            attempts = classWork.checkedAttempts(assignment.id());
        }
        return attempts.getOrDefault(answer.answerId(), List.of());
    }

    /** Loads the banks of every question at once, for a screen that shows them all. */
    void loadAllBanks() {
        review.commentBanks(assignment.id())
                .forEach((questionId, comments) ->
                        banks.put(questionId, new CommentBank(review, assignment.id(), questionId, comments)));
    }

    /** The bank of one question, shared by every editor of the screen so a comment saved in one shows in all. */
    CommentBank bank(Question question) {
        // a question the lesson has since dropped keeps no bank: the lesson's suggestions went with it
        return banks.computeIfAbsent(
                question.id(),
                id -> new CommentBank(
                        review,
                        assignment.id(),
                        id,
                        content.question(id).isPresent() ? review.commentBank(assignment.id(), id) : List.of()));
    }
}
