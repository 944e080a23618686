package org.sourcework.analytics;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.CsvWriter;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.security.InstructorOnly;
import org.springframework.stereotype.Service;

/**
 * The gradebook as a CSV file: one row per student with their points on the lesson, each section and
 * each skill, beside the long export's row per answer. Written a page of students at a time, each
 * page in its own short transaction (this class deliberately has none), so memory stays small.
 */
@Service
public class GradebookExportService {

    static final int PAGE = 100;

    private final GradebookService gradebook;
    private final ClassWorkService classWork;
    private final LessonCatalogService lessons;

    GradebookExportService(GradebookService gradebook, ClassWorkService classWork, LessonCatalogService lessons) {
        this.gradebook = gradebook;
        this.classWork = classWork;
        this.lessons = lessons;
    }

    /** A file name naming the class and the lesson, such as {@code history-11a-moscow-1956-gradebook.csv}. */
    @InstructorOnly
    public String fileName(long assignmentId) {
        var assignment = classWork.assignment(assignmentId);
        var lesson = lessons.content(assignment.lessonId());
        return ReviewExportService.slug(assignment.className()) + "-" + ReviewExportService.slug(lesson.slug())
                + "-gradebook.csv";
    }

    /**
     * Writes the CSV: a header row, then every student of the class by name. A part without any
     * scored answer is left empty, so "not scored yet" is not read as zero. The caller closes the stream.
     */
    @InstructorOnly
    public void exportCsv(long assignmentId, OutputStream out) {
        var content = lessons.assignedContent(classWork.assignment(assignmentId));
        var parts = gradebook.parts(assignmentId);
        var csv = CsvWriter.start(out, header(content, parts));
        for (int offset = 0; ; offset += PAGE) {
            var rows = gradebook.page(assignmentId, GradebookSort.BY_NAME, offset, PAGE);
            for (var row : rows) {
                var cells = new ArrayList<String>(List.of(
                        row.student().username(),
                        row.student().displayName(),
                        row.student().withdrawn() ? "yes" : "no"));
                for (var part : parts) {
                    cells.add(number(row.earned().get(part.key())));
                    if (part.key().equals(GradebookPart.TOTAL)) {
                        cells.add(row.percentIn(part).stream()
                                .mapToObj(String::valueOf)
                                .findFirst()
                                .orElse(""));
                    }
                }
                csv.row(cells.toArray());
            }
            csv.flush();
            if (rows.size() < PAGE) {
                break;
            }
        }
        csv.flush();
    }

    private static String[] header(LessonContent content, List<GradebookPart> parts) {
        var header = new ArrayList<>(List.of("username", "display name", "withdrawn"));
        for (var part : parts) {
            if (part.key().equals(GradebookPart.TOTAL)) {
                header.add("total (of " + part.points() + ")");
                header.add("percent");
            } else if (part.skill() != null) {
                header.add(skill(part) + " (of " + part.points() + ")");
            } else {
                header.add(section(content, part) + " (of " + part.points() + ")");
            }
        }
        return header.toArray(String[]::new);
    }

    private static String section(LessonContent content, GradebookPart part) {
        var id = String.valueOf(part.sectionId());
        return LessonContent.HEADNOTE.equals(id)
                ? "Before reading"
                : content.section(id).map(s -> s.navLabel()).orElse(id);
    }

    private static String skill(GradebookPart part) {
        var name = Objects.requireNonNull(part.skill()).fileName().replace('-', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
