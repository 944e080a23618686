package org.sourcework.lessons;

import org.sourcework.lessons.internal.LessonVersions;
import org.sourcework.roster.AssignmentInfo;
import org.sourcework.security.OpenToAnyone;
import org.springframework.stereotype.Component;

/**
 * The lesson of an assignment, for a service that has already checked that the caller may reach the
 * assignment's class (the student is in it, the instructor teaches it). A lesson assigned to a class
 * is readable by everyone in it, so asking {@code ClassAccess} again, as {@link LessonCatalogService}
 * must for a bare lesson id, would only repeat the check. Not guarded itself, like {@code ClassAccess}:
 * screens read lessons through {@link LessonCatalogService} (decision 0015).
 */
@Component
public class AssignedLessons {

    private final LessonVersions versions;

    AssignedLessons(LessonVersions versions) {
        this.versions = versions;
    }

    /** The number of the lesson's current version, which new work is pinned to. */
    @OpenToAnyone(
            "takes an assignment its caller has already reached through a guarded service; screens may not call it")
    public int currentNumber(AssignmentInfo assignment) {
        return versions.currentNumber(assignment.lessonId());
    }

    /** A version of the assigned lesson, with only the questions the class was given. */
    @OpenToAnyone(
            "takes an assignment its caller has already reached through a guarded service; screens may not call it")
    public LessonContent version(AssignmentInfo assignment, int number) {
        return versions.version(assignment.lessonId(), number).forPath(assignment.path());
    }
}
