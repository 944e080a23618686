package org.sourcework.lti;

import java.util.List;
import org.sourcework.audit.AuditLog;
import org.sourcework.base.Message;
import org.sourcework.lti.internal.ToolKeys;
import org.sourcework.security.AdminOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tool's signing keys for administrators: list, rotate, retire. The public set is served at /lti/jwks. */
@Service
@Transactional
public class ToolKeyService {

    private final ToolKeys keys;
    private final AuditLog audit;

    ToolKeyService(ToolKeys keys, AuditLog audit) {
        this.keys = keys;
        this.audit = audit;
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public List<ToolKeyInfo> keys() {
        return keys.all().stream()
                .map(k -> new ToolKeyInfo(k.getKid(), k.getStatus().name(), k.getCreatedAt(), k.isEncrypted()))
                .toList();
    }

    /** Returns the new key's id. */
    @AdminOnly
    public String rotate() {
        var key = keys.rotate();
        audit.record("lti.key.rotated", "lti-key", key.getKid(), null);
        return key.getKid();
    }

    @AdminOnly
    public void retire(String kid) {
        if (!keys.retire(kid)) {
            throw new LtiRejectedException("kid", Message.of("lti.rejected.key-signs"));
        }
        audit.record("lti.key.retired", "lti-key", kid, null);
    }
}
