package org.sourcework.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A thing an entry points at, to be named: a key of the first kind in {@code path}; a longer path goes from
 * thing to thing (an assignment to its lesson's id, that id to the lesson's title). When the thing is gone,
 * {@code otherwise} stands in for it, or a word saying so.
 */
public record NameRef(
        List<String> path, String key, @Nullable Object otherwise) {

    public static NameRef to(String kind, Object key) {
        return new NameRef(List.of(kind), String.valueOf(key), null);
    }

    public NameRef then(String kind) {
        var longer = new ArrayList<>(path);
        longer.add(kind);
        return new NameRef(List.copyOf(longer), key, otherwise);
    }

    public NameRef otherwise(Object standIn) {
        return new NameRef(path, key, standIn);
    }

    /** The kind of the thing finally named, e.g. "lesson" for an assignment's lesson. */
    public String kind() {
        return path.getLast();
    }
}
