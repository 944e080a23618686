package org.sourcework.lessons.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.LessonNotFoundException;
import org.sourcework.lessons.LessonSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the stored lessons and their versions. Not guarded: {@code LessonCatalogService} checks
 * the caller first. An older version is read again from the files stored with it.
 */
@Component
@Transactional(readOnly = true)
public class LessonVersions {

    private final LessonRepository lessons;
    private final LessonVersionRepository versions;
    private final ContentCache cache;

    LessonVersions(LessonRepository lessons, LessonVersionRepository versions, ContentCache cache) {
        this.lessons = lessons;
        this.versions = versions;
        this.cache = cache;
    }

    public List<LessonSummary> summaries() {
        return lessons.summaries();
    }

    public long count() {
        return lessons.count();
    }

    public Optional<Long> idBySlug(String slug) {
        return lessons.findBySlug(slug).map(Lesson::getId);
    }

    /** Titles of the lessons that exist among {@code ids}. */
    public Map<Long, String> titles(Collection<Long> ids) {
        return lessons.findAllById(ids).stream().collect(Collectors.toMap(Lesson::getId, Lesson::getTitle));
    }

    public int currentNumber(long lessonId) {
        return lesson(lessonId).getCurrentNumber();
    }

    public LessonContent current(long lessonId) {
        return version(lessonId, currentNumber(lessonId));
    }

    public LessonContent version(long lessonId, int number) {
        return cache.computeIfAbsent(lessonId, number, () -> {
            var version = versions.findByLessonIdAndNumber(lessonId, number)
                    .orElseThrow(() -> new LessonNotFoundException(lessonId, number));
            return reparse(lesson(lessonId).getSlug(), version);
        });
    }

    private LessonContent reparse(String slug, LessonVersion version) {
        var parsed = LessonParser.parse("lessons/" + slug, StoredSource.decode(version.getSource()));
        if (!parsed.isValid()) {
            // the stored files were valid when stored; only a stricter loader can get here
            throw new IllegalStateException("Version " + version.getNumber() + " of lesson '" + slug
                    + "' no longer reads: " + parsed.problems());
        }
        return parsed.content();
    }

    private Lesson lesson(long lessonId) {
        return lessons.findById(lessonId).orElseThrow(() -> new LessonNotFoundException(lessonId));
    }
}
