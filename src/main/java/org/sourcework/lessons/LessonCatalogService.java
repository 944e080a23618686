package org.sourcework.lessons;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcework.lessons.internal.LessonSync;
import org.sourcework.lessons.internal.LessonVersions;
import org.sourcework.roster.AssignmentInfo;
import org.sourcework.roster.ClassAccess;
import org.sourcework.security.AdminOnly;
import org.sourcework.security.InstructorOnly;
import org.sourcework.security.SignedIn;
import org.springframework.stereotype.Service;

/**
 * The lessons Sourcework knows: reloading the lessons folder, the problems found in it, and the
 * content of each lesson version. Administrators manage the catalogue; reading a lesson's content
 * is open to whoever may read that lesson.
 */
@Service
public class LessonCatalogService {

    private final LessonSync sync;
    private final LessonVersions versions;
    private final ClassAccess classAccess;

    LessonCatalogService(LessonSync sync, LessonVersions versions, ClassAccess classAccess) {
        this.sync = sync;
        this.versions = versions;
        this.classAccess = classAccess;
    }

    /** Reads the lessons folder again and stores a new version of each lesson whose files changed. */
    @AdminOnly
    public ReloadSummary reload() {
        return sync.syncAll();
    }

    /** The errors and warnings found by the last load, one per mistake, in folder and line order. */
    @AdminOnly
    public List<LoadProblem> problems() {
        return sync.problems();
    }

    @AdminOnly
    public List<LessonSummary> lessonSummaries() {
        return versions.summaries();
    }

    /** Every lesson's id and title, for an instructor who picks one for their class in a learning platform. */
    @InstructorOnly
    public List<LessonSummary> catalogue() {
        return versions.summaries();
    }

    @AdminOnly
    public long lessonCount() {
        return versions.count();
    }

    @AdminOnly
    public Optional<Long> lessonIdBySlug(String slug) {
        return versions.idBySlug(slug);
    }

    /** The current version of a lesson. */
    @SignedIn
    public LessonContent content(long lessonId) {
        requireMayRead(lessonId);
        return versions.current(lessonId);
    }

    /** A version of a lesson, such as the one a student's earlier answers were given on. */
    @SignedIn
    public LessonContent contentOfVersion(long lessonId, int number) {
        requireMayRead(lessonId);
        return versions.version(lessonId, number);
    }

    /**
     * The current version of a lesson with its number, in one guarded call, for screens that show
     * work done on several versions side by side.
     */
    @SignedIn
    public VersionedContent currentVersion(long lessonId) {
        var number = requireMayRead(lessonId);
        return new VersionedContent(number, versions.version(lessonId, number));
    }

    /** The number of the lesson's current version, which new answers are recorded against. */
    @SignedIn
    public int currentVersionNumber(long lessonId) {
        requireMayRead(lessonId);
        return versions.currentNumber(lessonId);
    }

    /** The current version of an assigned lesson, with only the questions the class was given. */
    @SignedIn
    public LessonContent assignedContent(AssignmentInfo assignment) {
        return content(assignment.lessonId()).forPath(assignment.path());
    }

    /** A version of an assigned lesson, with only the questions the class was given. */
    @SignedIn
    public LessonContent assignedContentOfVersion(AssignmentInfo assignment, int number) {
        return contentOfVersion(assignment.lessonId(), number).forPath(assignment.path());
    }

    /** As {@link #currentVersion}, with only the questions the class was given. */
    @SignedIn
    public VersionedContent assignedCurrentVersion(AssignmentInfo assignment) {
        var current = currentVersion(assignment.lessonId());
        return new VersionedContent(current.number(), current.content().forPath(assignment.path()));
    }

    /** Lesson id to title, for the lessons among {@code lessonIds} that exist. */
    @SignedIn
    public Map<Long, String> titles(Collection<Long> lessonIds) {
        return versions.titles(lessonIds);
    }

    /**
     * Students and instructors reach only lessons assigned to one of their classes; the roster
     * decides that. The lesson must exist first, so an unknown id is reported as such.
     *
     * @return the number of the lesson's current version
     */
    private int requireMayRead(long lessonId) {
        var current = versions.currentNumber(lessonId);
        classAccess.requireMayReadLesson(lessonId);
        return current;
    }
}
