package org.sourcework.roster;

/** What the administrator's class list shows: classes whose name or term contains {@code text}. */
public record ClassFilter(String text, boolean includeArchived) {

    public static ClassFilter all() {
        return new ClassFilter("", true);
    }
}
