package org.sourcework.review;

import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.responses.ResponseService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.RunAs;
import org.sourcework.users.UserService;
import org.springframework.stereotype.Component;

/** Students of the demo classes answering and handing in, so review tests can start from handed-in work. */
@Component
public class ReviewFixture {

    private final ResponseService responses;
    private final ClassWorkService classWork;
    private final RosterQueries roster;
    private final UserService users;
    private final RunAs runAs;

    public ReviewFixture(
            ResponseService responses,
            ClassWorkService classWork,
            RosterQueries roster,
            UserService users,
            RunAs runAs) {
        this.responses = responses;
        this.classWork = classWork;
        this.roster = roster;
        this.users = users;
        this.runAs = runAs;
    }

    public long assignmentOf(String student) {
        return runAs.user(student, () -> roster.myAssignments().getFirst().assignmentId());
    }

    public LessonContent content(String student) {
        return runAs.user(student, () -> responses.open(assignmentOf(student)).content());
    }

    public long idOf(String username) {
        return runAs.user(
                "admin", () -> users.findByUsername(username).orElseThrow().id());
    }

    /** The student saves the answer and submits the lesson; returns the answer as their instructor sees it. */
    public ClassAnswer handIn(String student, String instructor, Question question, AnswerValue value) {
        var assignment = assignmentOf(student);
        runAs.user(student, () -> {
            responses.save(assignment, question.id(), value, null);
            responses.submit(assignment);
        });
        return answer(instructor, assignment, student, question.id());
    }

    /** The student saves an answer and does not submit: their work is in progress. */
    public void start(String student, Question question, AnswerValue value) {
        var assignment = assignmentOf(student);
        runAs.user(student, () -> {
            responses.save(assignment, question.id(), value, null);
        });
    }

    /**
     * The student saves every answer, in order, and submits the lesson once; returns the answers as
     * their instructor sees them, in the same order.
     */
    public java.util.List<ClassAnswer> handInAll(
            String student, String instructor, java.util.SequencedMap<Question, AnswerValue> answers) {
        var assignment = assignmentOf(student);
        runAs.user(student, () -> {
            answers.forEach((question, value) -> responses.save(assignment, question.id(), value, null));
            responses.submit(assignment);
        });
        return answers.keySet().stream()
                .map(question -> answer(instructor, assignment, student, question.id()))
                .toList();
    }

    public ClassAnswer answer(String instructor, long assignment, String student, String questionId) {
        var studentId = idOf(student);
        return runAs.user(
                instructor,
                () -> classWork
                        .answersTo(assignment, questionId, java.util.List.of(studentId))
                        .getFirst());
    }

    /** The student submits the lesson with whatever they saved. */
    public void submit(String student) {
        var assignment = assignmentOf(student);
        runAs.user(student, () -> responses.submit(assignment));
    }
}
