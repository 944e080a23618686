package org.sourcework.lti.internal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcework.audit.AuditNames;
import org.springframework.stereotype.Component;

/** Learning platforms in the audit log by the name an administrator gave them ("lti-platform" by id). */
@Component
class PlatformAuditNames implements AuditNames {

    private final PlatformRepository platforms;

    PlatformAuditNames(PlatformRepository platforms) {
        this.platforms = platforms;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("lti-platform");
    }

    @Override
    public Map<String, String> names(String kind, Set<String> keys) {
        var ids = keys.stream()
                .filter(key -> key.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .toList();
        return platforms.findAllById(ids).stream()
                .collect(Collectors.toMap(p -> p.getId().toString(), Platform::getName));
    }
}
