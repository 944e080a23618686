package org.sourcework.lti;

import java.util.List;
import org.sourcework.audit.AuditLog;
import org.sourcework.lti.internal.ToolKeys;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tool's signing keys for administrators: list, rotate, retire. The public set is served at /lti/jwks. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class ToolKeyService {

    private final ToolKeys keys;
    private final AuditLog audit;

    ToolKeyService(ToolKeys keys, AuditLog audit) {
        this.keys = keys;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ToolKeyInfo> keys() {
        return keys.all().stream()
                .map(k -> new ToolKeyInfo(k.getKid(), k.getStatus().name(), k.getCreatedAt(), k.isEncrypted()))
                .toList();
    }

    /** Returns the new key's id. */
    public String rotate() {
        var key = keys.rotate();
        audit.record("lti.key.rotated", "lti-key", key.getKid(), null);
        return key.getKid();
    }

    public void retire(String kid) {
        if (!keys.retire(kid)) {
            throw new LtiRejectedException("kid", "Only a key that no longer signs can be retired.");
        }
        audit.record("lti.key.retired", "lti-key", kid, null);
    }
}
