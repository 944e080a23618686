package org.sourcework.lessons.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.sourcework.lessons.LessonContent;
import org.springframework.stereotype.Component;

/**
 * The parsed lesson versions in use. Current versions are read constantly and older ones rarely
 * (only for work done on them), so a small least-recently-used map keeps the former and lets the
 * latter go.
 */
@Component
class ContentCache {

    static final int CAPACITY = 16;

    private record Key(long lessonId, int number) {}

    private final Map<Key, LessonContent> entries = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, LessonContent> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void put(long lessonId, int number, LessonContent content) {
        entries.put(new Key(lessonId, number), content);
    }

    synchronized Optional<LessonContent> get(long lessonId, int number) {
        return Optional.ofNullable(entries.get(new Key(lessonId, number)));
    }

    /** The cached content, or what {@code parse} returns, which is then cached. */
    LessonContent computeIfAbsent(long lessonId, int number, Supplier<LessonContent> parse) {
        return get(lessonId, number).orElseGet(() -> {
            var content = parse.get();
            put(lessonId, number, content);
            return content;
        });
    }

    synchronized void clear() {
        entries.clear();
    }
}
