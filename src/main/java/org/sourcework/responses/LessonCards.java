package org.sourcework.responses;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.responses.internal.AnswerRepository;
import org.sourcework.responses.internal.PendingRevision;
import org.sourcework.responses.internal.StudentWorkRepository;
import org.sourcework.responses.internal.WorkProgress;
import org.sourcework.roster.LessonPath;
import org.sourcework.roster.RosterQueries;
import org.sourcework.roster.StudentAssignment;
import org.springframework.stereotype.Component;

/**
 * The student's home view in a fixed number of queries, however many lessons: the assignments of
 * their classes, their work with answer counts in one grouped query, the answers they are asked to
 * revise in one more, and one content look-up per distinct lesson version (served from the lesson
 * cache).
 */
@Component
class LessonCards {

    private final RosterQueries roster;
    private final LessonCatalogService lessons;
    private final StudentWorkRepository works;
    private final AnswerRepository answers;
    private final Clock clock;

    LessonCards(
            RosterQueries roster,
            LessonCatalogService lessons,
            StudentWorkRepository works,
            AnswerRepository answers,
            Clock clock) {
        this.roster = roster;
        this.lessons = lessons;
        this.works = works;
        this.answers = answers;
        this.clock = clock;
    }

    List<StudentLessonCard> of(long studentId) {
        var assignments = roster.myAssignments();
        var progress = works.progressOf(studentId).stream()
                .collect(Collectors.toMap(WorkProgress::assignmentId, Function.identity()));
        var revising = answers.pendingRevisionsOf(studentId).stream()
                .collect(Collectors.groupingBy(
                        PendingRevision::assignmentId,
                        Collectors.mapping(PendingRevision::questionId, Collectors.toSet())));
        var contents = new Contents();
        var now = clock.instant();
        return assignments.stream()
                .map(assignment -> {
                    var work = progress.get(assignment.assignmentId());
                    var content = (work == null
                                    ? contents.current(assignment.lessonId())
                                    : contents.version(assignment.lessonId(), work.lessonVersion()))
                            .forPath(assignment.path());
                    var status = work == null ? WorkStatus.NOT_STARTED : work.status();
                    var toRevise = content.questions().stream()
                            .filter(question -> revising.getOrDefault(assignment.assignmentId(), Set.of())
                                    .contains(question.id()))
                            .toList();
                    return new StudentLessonCard(
                            assignment.assignmentId(),
                            content.title(),
                            assignment.className(),
                            assignment.dueAt(),
                            WorkStates.late(status, work != null && work.late(), assignment.dueAt(), now),
                            status,
                            work == null ? 0 : answered(studentId, assignment, work, content),
                            content.questions().size(),
                            work == null ? null : work.lastSection(),
                            toRevise.stream().map(Question::id).toList(),
                            toRevise.isEmpty() ? null : toRevise.getFirst().sectionId());
                })
                .toList();
    }

    /**
     * Answers to the questions the class is given. A class moved to the core path may hold answers to
     * other questions, which are kept but not counted; only then is a second look needed.
     */
    private int answered(long studentId, StudentAssignment assignment, WorkProgress work, LessonContent content) {
        if (assignment.path() == LessonPath.FULL) {
            return (int) work.answered();
        }
        var given = content.questions().stream().map(Question::id).collect(Collectors.toSet());
        return (int) answers.answeredBy(assignment.assignmentId(), List.of(studentId)).stream()
                .filter(answered -> given.contains(answered.questionId()))
                .count();
    }

    /** Looks each lesson version up once per call. */
    private final class Contents {

        private final Map<Long, Integer> currentNumbers = new HashMap<>();
        private final Map<String, LessonContent> byVersion = new HashMap<>();

        LessonContent current(long lessonId) {
            return version(lessonId, currentNumbers.computeIfAbsent(lessonId, lessons::currentVersionNumber));
        }

        LessonContent version(long lessonId, int number) {
            return byVersion.computeIfAbsent(
                    lessonId + "/" + number, key -> lessons.contentOfVersion(lessonId, number));
        }
    }
}
