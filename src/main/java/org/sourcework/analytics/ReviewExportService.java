package org.sourcework.analytics;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.CsvWriter;
import org.sourcework.base.Message;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Section;
import org.sourcework.responses.AnswerText;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.responses.StudentProgress;
import org.sourcework.review.FeedbackRules;
import org.sourcework.review.GivenFeedback;
import org.sourcework.review.ReviewService;
import org.sourcework.roster.ClassStudent;
import org.sourcework.roster.RosterQueries;
import org.sourcework.security.InstructorOnly;
import org.springframework.stereotype.Service;

/**
 * A class's answers, scores and feedback on an assignment as a CSV file for a spreadsheet: one row
 * per student and question. Written a page of students at a time, each page in its own short
 * transactions (this class deliberately has none), so memory stays small for any class.
 */
@Service
public class ReviewExportService {

    static final int PAGE = 100;
    /** Column names, as keys {@code export.answers.col.*}: worded for the person who downloads the file. */
    static final List<String> COLUMNS = List.of(
            "username",
            "display-name",
            "section",
            "question-id",
            "question",
            "skill",
            "answer",
            "auto-score",
            "feedback-score",
            "points",
            "rubric-levels",
            "comment",
            "feedback-status",
            "submitted-at",
            "late");

    private static final int PROMPT_LENGTH = 80;

    private final ClassWorkService classWork;
    private final ReviewService review;
    private final LessonCatalogService lessons;
    private final RosterQueries roster;
    private final DateTimeFormatter dates;

    ReviewExportService(
            ClassWorkService classWork,
            ReviewService review,
            LessonCatalogService lessons,
            RosterQueries roster,
            Clock clock) {
        this.classWork = classWork;
        this.review = review;
        this.lessons = lessons;
        this.roster = roster;
        this.dates = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
    }

    /** A file name naming the class and the lesson, such as {@code history-11a-moscow-1956-answers.csv}. */
    @InstructorOnly
    public String fileName(long assignmentId) {
        var assignment = classWork.assignment(assignmentId);
        var lesson = lessons.content(assignment.lessonId());
        return slug(assignment.className()) + "-" + slug(lesson.slug()) + "-answers.csv";
    }

    /**
     * Writes the CSV (see {@link CsvWriter}): a header row, then every student of the class by name
     * and every question in lesson order, the header in the person's language (the values stay as they
     * are, so a script can read them). The caller owns and closes the stream.
     */
    @InstructorOnly
    public void exportCsv(long assignmentId, Locale locale, OutputStream out) {
        var assignment = classWork.assignment(assignmentId);
        var current = lessons.assignedContent(assignment);
        var versions = new HashMap<Integer, LessonContent>();
        var csv = CsvWriter.start(out, header(locale));
        for (int offset = 0; ; offset += PAGE) {
            var students = roster.studentsOf(assignment.classId(), offset, PAGE);
            if (students.isEmpty()) {
                break;
            }
            var page = Page.read(classWork, review, assignmentId, students);
            for (var student : students) {
                for (var question : current.questions()) {
                    var answer = page.answer(student.userId(), question.id());
                    var content = answer == null
                            ? current
                            : versions.computeIfAbsent(
                                    answer.lessonVersion(), v -> lessons.assignedContentOfVersion(assignment, v));
                    var asked = content.question(question.id()).orElse(question);
                    csv.row((Object[]) row(
                            current,
                            student,
                            asked,
                            answer,
                            answer == null ? null : page.feedback(answer),
                            page.progress(student.userId())));
                }
            }
            csv.flush();
            if (students.size() < PAGE) {
                break;
            }
        }
        csv.flush();
    }

    static String[] header(Locale locale) {
        return COLUMNS.stream()
                .map(column -> Message.of("export.answers.col." + column).in(locale))
                .toArray(String[]::new);
    }

    /** The answers, progress and feedback of one page of students: a fixed number of statements. */
    private record Page(
            Map<Long, Map<String, ClassAnswer>> answers,
            Map<Long, StudentProgress> progress,
            Map<Long, GivenFeedback> feedbackByRevision) {

        static Page read(
                ClassWorkService classWork, ReviewService review, long assignmentId, List<ClassStudent> students) {
            var ids = students.stream().map(ClassStudent::userId).toList();
            var answers = classWork.answersOf(assignmentId, ids).stream()
                    .collect(Collectors.groupingBy(
                            ClassAnswer::studentId, Collectors.toMap(ClassAnswer::questionId, Function.identity())));
            var progress = classWork.progress(assignmentId, ids).stream()
                    .collect(Collectors.toMap(StudentProgress::studentId, Function.identity()));
            var feedback = review.feedbackFor(assignmentId, ids).stream()
                    .collect(Collectors.toMap(GivenFeedback::revisionId, Function.identity()));
            return new Page(answers, progress, feedback);
        }

        @Nullable
        ClassAnswer answer(long studentId, String questionId) {
            return answers.getOrDefault(studentId, Map.of()).get(questionId);
        }

        /** The feedback on the version shown, not on an earlier one the student has since revised. */
        @Nullable
        GivenFeedback feedback(ClassAnswer answer) {
            return answer.revisionId() == null ? null : feedbackByRevision.get(answer.revisionId());
        }

        @Nullable
        StudentProgress progress(long studentId) {
            return progress.get(studentId);
        }
    }

    private String[] row(
            LessonContent content,
            ClassStudent student,
            Question question,
            @Nullable ClassAnswer answer,
            @Nullable GivenFeedback feedback,
            @Nullable StudentProgress progress) {
        return new String[] {
            student.username(),
            student.displayName(),
            section(content, question.sectionId()),
            question.id(),
            shorten(question.prompt()),
            skill(question),
            answer == null ? "" : AnswerText.of(question, answer.value()),
            number(answer == null ? null : answer.autoScore()),
            number(feedback == null ? null : feedback.score()),
            String.valueOf(question.points()),
            feedback == null ? "" : levels(question, feedback.levels()),
            feedback == null ? "" : feedback.comment(),
            feedback == null ? "" : status(feedback),
            progress == null || progress.submittedAt() == null ? "" : dates.format(progress.submittedAt()),
            progress != null && progress.late() ? "yes" : "no"
        };
    }

    private static String section(LessonContent content, String sectionId) {
        return LessonContent.HEADNOTE.equals(sectionId)
                ? "Before reading"
                : content.section(sectionId).map(Section::navLabel).orElse(sectionId);
    }

    private static String skill(Question question) {
        var name = question.skill().fileName().replace('-', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String levels(Question question, Map<String, Integer> levels) {
        var rubric = FeedbackRules.rubricOf(question);
        if (rubric == null || levels.isEmpty()) {
            return "";
        }
        return rubric.criteria().stream()
                .filter(criterion -> levels.containsKey(criterion.id()))
                .map(criterion -> criterion.label() + ": " + levels.get(criterion.id()))
                .collect(Collectors.joining("; "));
    }

    private static String status(GivenFeedback feedback) {
        return feedback.read() ? "read" : feedback.released() ? "released" : "draft";
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String shorten(String prompt) {
        var oneLine = prompt.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= PROMPT_LENGTH
                ? oneLine
                : oneLine.substring(0, PROMPT_LENGTH - 1).stripTrailing() + "…";
    }

    static String slug(String text) {
        var plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        var slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        return slug.isEmpty() ? "class" : slug;
    }
}
