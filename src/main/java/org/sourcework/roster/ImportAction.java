package org.sourcework.roster;

/**
 * What applying a row does. An existing username with different details is a problem unless the
 * administrator chose to update existing accounts; then its display name and email are updated
 * ({@link ImportRow#changes()} says which), never its role.
 */
public enum ImportAction {
    CREATE_USER,
    UPDATE_USER,
    CREATE_CLASS,
    ENROL,
    UNCHANGED
}
