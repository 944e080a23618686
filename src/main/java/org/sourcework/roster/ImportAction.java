package org.sourcework.roster;

/**
 * What applying a row does. An existing username with different details is a problem, never an
 * update: an import must not silently change someone's account.
 */
public enum ImportAction {
    CREATE_USER,
    CREATE_CLASS,
    ENROL,
    UNCHANGED
}
