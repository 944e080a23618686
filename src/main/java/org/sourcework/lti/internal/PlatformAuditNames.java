package org.sourcework.lti.internal;

import java.util.Map;
import java.util.Set;
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
        return AuditNames.byId(keys, platforms::findAllById, Platform::getId, Platform::getName);
    }
}
