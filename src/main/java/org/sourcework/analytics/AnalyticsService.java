package org.sourcework.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sourcework.analytics.QuestionStats.CriterionLevels;
import org.sourcework.analytics.QuestionStats.LevelCount;
import org.sourcework.analytics.QuestionStats.WrittenStats;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Skill;
import org.sourcework.lessons.WrittenQuestion;
import org.sourcework.reporting.AnalyticsQueries;
import org.sourcework.reporting.LevelsTally;
import org.sourcework.responses.AnswerTally;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.review.LevelsCodec;
import org.sourcework.roster.ClassStudent;
import org.sourcework.roster.RosterQueries;
import org.sourcework.security.InstructorOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A class's results on an assignment: per question (choices, sentences, placements, rubric levels)
 * and per historical-thinking skill. Every figure is one or two aggregate statements over the whole
 * class, and the per-student table is read a page of students at a time, so the cost does not grow
 * with the class. Access goes through {@link ClassWorkService#assignment}, which refuses anyone who
 * does not teach the class.
 */
@Service
@Transactional(readOnly = true)
public class AnalyticsService {

    private final ClassWorkService classWork;
    private final LessonCatalogService lessons;
    private final RosterQueries roster;
    private final AnalyticsQueries analytics;

    AnalyticsService(
            ClassWorkService classWork,
            LessonCatalogService lessons,
            RosterQueries roster,
            AnalyticsQueries analytics) {
        this.classWork = classWork;
        this.lessons = lessons;
        this.roster = roster;
        this.analytics = analytics;
    }

    /**
     * How the class answered one question of the assignment's lesson, in its current version. Answers
     * written to an earlier version that asked the question the same way count; the others are only
     * counted apart, since their options, sentence numbers or statements mean something else now.
     */
    @InstructorOnly
    public QuestionStats question(long assignmentId, String questionId) {
        var assignment = classWork.assignment(assignmentId);
        var current = lessons.assignedCurrentVersion(assignment);
        var content = current.content();
        var question = content.question(questionId)
                .orElseThrow(() -> new IllegalArgumentException("This lesson has no question '" + questionId + "'."));
        if (question instanceof WrittenQuestion written) {
            return written(assignmentId, written);
        }
        var comparable = new ArrayList<AnswerTally>();
        long earlier = 0;
        var sameAsked = new HashMap<Integer, Boolean>();
        for (var tally : classWork.answerTallies(assignmentId, questionId)) {
            // each earlier version is read once, however many distinct answers were given on it
            if (tally.lessonVersion() == current.number()
                    || sameAsked.computeIfAbsent(
                            tally.lessonVersion(),
                            number -> asksTheSame(
                                    lessons.contentOfVersion(assignment.lessonId(), number), content, question))) {
                comparable.add(tally);
            } else {
                earlier += tally.students();
            }
        }
        return switch (question) {
            case ChoiceQuestion choice -> QuestionTallies.choice(choice, comparable, earlier);
            case Evidence evidence ->
                QuestionTallies.evidence(
                        evidence, content.section(evidence.sectionId()).orElseThrow(), comparable, earlier);
            case Categorisation categorisation -> QuestionTallies.categorisation(categorisation, comparable, earlier);
            case WrittenQuestion written -> written(assignmentId, written);
        };
    }

    /** The version asked the question as the current one does, and numbered an evidence passage alike. */
    private static boolean asksTheSame(LessonContent version, LessonContent current, Question question) {
        return version.question(question.id()).filter(question::equals).isPresent()
                && (!(question instanceof Evidence)
                        || version.section(question.sectionId()).equals(current.section(question.sectionId())));
    }

    /** The class's share of points per skill, in the skills' order: one aggregate statement. */
    @InstructorOnly
    public List<SkillShare> classSkills(long assignmentId) {
        var content = content(assignmentId);
        var shares = empty();
        analytics
                .pointsPerQuestion(assignmentId)
                .forEach(row -> content.question(row.questionId())
                        .ifPresent(question -> shares.merge(
                                question.skill(),
                                SkillShare.none(question.skill()).plus(row.earned(), row.available(), row.answers()),
                                AnalyticsService::add)));
        return List.copyOf(shares.values());
    }

    /** One page of the class's students by name, each with their share of points per skill. */
    @InstructorOnly
    public List<StudentSkills> studentSkills(long assignmentId, int offset, int limit) {
        var assignment = classWork.assignment(assignmentId);
        var content = lessons.assignedContent(assignment);
        var students = roster.studentsOf(assignment.classId(), offset, limit);
        if (students.isEmpty()) {
            return List.of();
        }
        var byStudent = new HashMap<Long, Map<Skill, SkillShare>>();
        analytics
                .scoresOf(
                        assignmentId,
                        students.stream().map(ClassStudent::userId).toList())
                .forEach(row -> content.question(row.questionId())
                        .ifPresent(question -> byStudent
                                .computeIfAbsent(row.studentId(), id -> empty())
                                .merge(
                                        question.skill(),
                                        SkillShare.none(question.skill()).plus(row.score(), row.points(), 1),
                                        AnalyticsService::add)));
        return students.stream()
                .map(student -> new StudentSkills(
                        student,
                        List.copyOf(byStudent
                                .getOrDefault(student.userId(), empty())
                                .values())))
                .toList();
    }

    /** How many students the class has, withdrawn ones included: the length of {@link #studentSkills}. */
    @InstructorOnly
    public int studentCount(long assignmentId) {
        return roster.countStudentsOf(classWork.assignment(assignmentId).classId());
    }

    private WrittenStats written(long assignmentId, WrittenQuestion question) {
        var answered = classWork.answeredCounts(assignmentId).getOrDefault(question.id(), 0L);
        var tallies = analytics.feedbackOn(assignmentId, question.id());
        var scored = tallies.stream().mapToLong(LevelsTally::scored).sum();
        var total = tallies.stream()
                .map(LevelsTally::total)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var mean = scored == 0 ? null : total.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
        var criteria = new ArrayList<CriterionLevels>();
        if (question.rubric() != null) {
            var decoded = tallies.stream()
                    .map(t -> Map.entry(LevelsCodec.decode(t.levels()), t.answers()))
                    .toList();
            for (var criterion : question.rubric().criteria()) {
                var counts = new LinkedHashMap<Integer, Long>();
                decoded.forEach(entry -> {
                    var level = entry.getKey().get(criterion.id());
                    if (level != null) {
                        counts.merge(level, entry.getValue(), Long::sum);
                    }
                });
                var levels = criterion.levels().stream()
                        .map(level -> new LevelCount(level, counts.getOrDefault(level.score(), 0L)))
                        .toList();
                criteria.add(new CriterionLevels(
                        criterion,
                        levels,
                        levels.stream().mapToLong(LevelCount::count).sum()));
            }
        }
        return new WrittenStats(question, answered, scored, mean, criteria);
    }

    private LessonContent content(long assignmentId) {
        return lessons.assignedContent(classWork.assignment(assignmentId));
    }

    private static Map<Skill, SkillShare> empty() {
        var shares = new EnumMap<Skill, SkillShare>(Skill.class);
        Arrays.stream(Skill.values()).forEach(skill -> shares.put(skill, SkillShare.none(skill)));
        return shares;
    }

    private static SkillShare add(SkillShare a, SkillShare b) {
        return a.plus(b.earned(), b.available(), b.answers());
    }
}
