package org.sourcework.audit;

import java.util.Map;
import java.util.Set;

/**
 * Names the things audit entries point at, so the log reads as a person would write it ("Amira Haddad",
 * "History 11A") rather than as ids. The audit log sits below every feature, so it cannot look names up
 * itself: each feature that owns such things implements this for its kinds, and the log asks once per
 * kind for a whole page of entries.
 */
public interface AuditNames {

    /** The kinds named here, such as "user" or "class". */
    Set<String> kinds();

    /**
     * The names of the things of one kind with these keys (usually ids). A key left out of the answer
     * names something that no longer exists.
     */
    Map<String, String> names(String kind, Set<String> keys);
}
