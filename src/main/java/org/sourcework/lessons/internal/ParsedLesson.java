package org.sourcework.lessons.internal;

import java.util.Comparator;
import java.util.List;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.LoadProblem;

/**
 * The outcome of reading a lesson folder.
 *
 * @param content  the lesson, or null when any problem is an error
 * @param problems errors and warnings, in file order
 */
public record ParsedLesson(LessonContent content, List<LoadProblem> problems) {

    /** Problems in the order of the files of lessons/README.md, then of their lines. */
    private static final Comparator<LoadProblem> FILE_ORDER = Comparator.comparingInt(
                    (LoadProblem problem) -> fileIndex(problem.file()))
            .thenComparingInt(LoadProblem::line);

    public ParsedLesson {
        problems = problems.stream().sorted(FILE_ORDER).toList();
    }

    public boolean isValid() {
        return content != null;
    }

    private static int fileIndex(String path) {
        var name = path.substring(path.lastIndexOf('/') + 1);
        return LessonParser.FILES.contains(name) ? LessonParser.FILES.indexOf(name) : LessonParser.FILES.size();
    }
}
