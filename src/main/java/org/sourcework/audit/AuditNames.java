package org.sourcework.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** The keys that are ids; any other key names nothing stored (a wrong or hand-made entry). */
    static List<Long> ids(Set<String> keys) {
        return keys.stream()
                .filter(key -> key.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .toList();
    }

    /**
     * The names of the things whose ids are these keys, for a kind named by id: {@code load} finds those
     * that still exist among the ids, in one query.
     */
    static <T> Map<String, String> byId(
            Set<String> keys,
            Function<List<Long>, ? extends Collection<T>> load,
            Function<T, Long> id,
            Function<T, String> name) {
        return load.apply(ids(keys)).stream()
                .collect(Collectors.toMap(thing -> id.apply(thing).toString(), name));
    }
}
