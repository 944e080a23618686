package org.sourcework.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Skill;
import org.sourcework.reporting.AnalyticsQueries;
import org.sourcework.reporting.GradebookQueries;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.roster.ClassStudent;
import org.sourcework.roster.RosterQueries;
import org.sourcework.security.InstructorOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gradebook: one line per student with their points on the whole lesson, on each section and on
 * each skill, counting only the questions the class is given. A page of students costs two
 * statements whatever the class size, in any order. Access goes through
 * {@link ClassWorkService#assignment}, which refuses anyone who does not teach the class.
 */
@Service
@Transactional(readOnly = true)
public class GradebookService {

    private final ClassWorkService classWork;
    private final LessonCatalogService lessons;
    private final RosterQueries roster;
    private final GradebookQueries gradebook;
    private final AnalyticsQueries analytics;

    GradebookService(
            ClassWorkService classWork,
            LessonCatalogService lessons,
            RosterQueries roster,
            GradebookQueries gradebook,
            AnalyticsQueries analytics) {
        this.classWork = classWork;
        this.lessons = lessons;
        this.roster = roster;
        this.gradebook = gradebook;
        this.analytics = analytics;
    }

    /** The columns: the total first, then the sections with questions in reading order, then the skills. */
    @InstructorOnly
    public List<GradebookPart> parts(long assignmentId) {
        return parts(lessons.assignedContent(classWork.assignment(assignmentId)));
    }

    static List<GradebookPart> parts(LessonContent content) {
        var questions = content.questions();
        var parts = new ArrayList<GradebookPart>();
        parts.add(part(GradebookPart.TOTAL, null, null, questions));
        var bySection = new LinkedHashMap<String, List<Question>>();
        questions.forEach(question -> bySection
                .computeIfAbsent(question.sectionId(), id -> new ArrayList<>())
                .add(question));
        bySection.forEach((sectionId, own) -> parts.add(part("section-" + sectionId, sectionId, null, own)));
        for (var skill : Skill.values()) {
            var own = questions.stream().filter(q -> q.skill() == skill).toList();
            if (!own.isEmpty()) {
                parts.add(part("skill-" + skill.fileName(), null, skill, own));
            }
        }
        return List.copyOf(parts);
    }

    private static GradebookPart part(
            String key, @Nullable String sectionId, @Nullable Skill skill, List<Question> questions) {
        return new GradebookPart(
                key,
                sectionId,
                skill,
                questions.stream().map(Question::id).toList(),
                questions.stream().mapToInt(Question::points).sum());
    }

    /** One page of the class's students in the order asked, each with their points per part. */
    @InstructorOnly
    public List<GradebookRow> page(long assignmentId, GradebookSort sort, int offset, int limit) {
        var assignment = classWork.assignment(assignmentId);
        var parts = parts(lessons.assignedContent(assignment));
        var sortBy = parts.stream().filter(p -> p.key().equals(sort.key())).findFirst();
        var students = gradebook
                .page(
                        assignment.classId(),
                        assignmentId,
                        sortBy.map(GradebookPart::questionIds).orElse(List.of()),
                        sortBy.isEmpty(),
                        sort.ascending(),
                        offset,
                        limit)
                .stream()
                .map(row -> new ClassStudent(row.userId(), row.username(), row.displayName(), row.withdrawnAt()))
                .toList();
        if (students.isEmpty()) {
            return List.of();
        }
        var scores = new HashMap<Long, Map<String, BigDecimal>>();
        analytics
                .scoresOf(
                        assignmentId,
                        students.stream().map(ClassStudent::userId).toList())
                .forEach(row -> scores.computeIfAbsent(row.studentId(), id -> new HashMap<>())
                        .put(row.questionId(), row.score()));
        return students.stream()
                .map(student -> row(student, parts, scores.getOrDefault(student.userId(), Map.of())))
                .toList();
    }

    private static GradebookRow row(ClassStudent student, List<GradebookPart> parts, Map<String, BigDecimal> scores) {
        var earned = new HashMap<String, BigDecimal>();
        for (var part : parts) {
            part.questionIds().stream()
                    .map(scores::get)
                    .filter(score -> score != null)
                    .reduce(BigDecimal::add)
                    .ifPresent(sum -> earned.put(part.key(), sum));
        }
        return new GradebookRow(student, earned);
    }

    /** How many students the class has, withdrawn ones included: the length of {@link #page}. */
    @InstructorOnly
    public int count(long assignmentId) {
        return roster.countStudentsOf(classWork.assignment(assignmentId).classId());
    }
}
