package org.sourcework.roster.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcework.audit.AuditNames;
import org.springframework.stereotype.Component;

/**
 * Classes in the audit log by their names: "class" by id, "assignment-class" by assignment id, and
 * "assignment-lesson", an assignment's lesson id, for the lessons feature to name.
 */
@Component
class RosterAuditNames implements AuditNames {

    private final SchoolClassRepository classes;
    private final AssignmentRepository assignments;

    RosterAuditNames(SchoolClassRepository classes, AssignmentRepository assignments) {
        this.classes = classes;
        this.assignments = assignments;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("class", "assignment-class", "assignment-lesson");
    }

    @Override
    public Map<String, String> names(String kind, Set<String> keys) {
        var ids = AuditNames.ids(keys);
        if (kind.equals("class")) {
            return classNames(ids);
        }
        var found = assignments.findAllById(ids);
        if (kind.equals("assignment-lesson")) {
            return found.stream()
                    .collect(Collectors.toMap(a -> a.getId().toString(), a -> Long.toString(a.getLessonId())));
        }
        var classNames =
                classNames(found.stream().map(Assignment::getClassId).distinct().toList());
        var names = new HashMap<String, String>();
        found.forEach(a -> {
            var name = classNames.get(Long.toString(a.getClassId()));
            if (name != null) {
                names.put(a.getId().toString(), name);
            }
        });
        return names;
    }

    private Map<String, String> classNames(Iterable<Long> ids) {
        return classes.findAllById(ids).stream()
                .collect(Collectors.toMap(c -> c.getId().toString(), SchoolClass::getName));
    }
}
