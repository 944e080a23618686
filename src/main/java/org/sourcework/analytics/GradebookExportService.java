package org.sourcework.analytics;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.CsvWriter;
import org.sourcework.base.Message;
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
     * scored answer is left empty, so "not scored yet" is not read as zero. The header is in the
     * person's language; the values stay as they are, so a script can read them. The caller closes
     * the stream.
     */
    @InstructorOnly
    public void exportCsv(long assignmentId, Locale locale, OutputStream out) {
        var content = lessons.assignedContent(classWork.assignment(assignmentId));
        var parts = gradebook.parts(assignmentId);
        var csv = CsvWriter.start(out, header(content, parts, locale));
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

    static String[] header(LessonContent content, List<GradebookPart> parts, Locale locale) {
        var header = new ArrayList<>(List.of(
                text(locale, "export.gradebook.col.username"),
                text(locale, "export.gradebook.col.display-name"),
                text(locale, "export.gradebook.col.withdrawn")));
        for (var part : parts) {
            if (part.key().equals(GradebookPart.TOTAL)) {
                header.add(text(locale, "export.gradebook.col.total", part.points()));
                header.add(text(locale, "export.gradebook.col.percent"));
            } else {
                var name = part.skill() != null
                        ? text(
                                locale,
                                "reader.skill."
                                        + Objects.requireNonNull(part.skill()).fileName())
                        : section(content, part, locale);
                header.add(text(locale, "export.gradebook.col.part", name, part.points()));
            }
        }
        return header.toArray(String[]::new);
    }

    private static String section(LessonContent content, GradebookPart part, Locale locale) {
        var id = String.valueOf(part.sectionId());
        return LessonContent.HEADNOTE.equals(id)
                ? text(locale, "overview.section.headnote")
                : content.section(id).map(s -> s.navLabel()).orElse(id);
    }

    private static String text(Locale locale, String key, Object... args) {
        return Message.of(key, args).in(locale);
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
