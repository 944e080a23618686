package org.sourcework.lessons.internal;

import java.util.Map;
import java.util.Set;
import org.sourcework.audit.AuditNames;
import org.springframework.stereotype.Component;

/** Lessons in the audit log by their titles. */
@Component
class LessonAuditNames implements AuditNames {

    private final LessonRepository lessons;

    LessonAuditNames(LessonRepository lessons) {
        this.lessons = lessons;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("lesson");
    }

    @Override
    public Map<String, String> names(String kind, Set<String> keys) {
        return AuditNames.byId(keys, lessons::findAllById, Lesson::getId, Lesson::getTitle);
    }
}
