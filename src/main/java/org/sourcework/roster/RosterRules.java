package org.sourcework.roster;

/** The checks on roster input that more than one service makes, with their messages. */
final class RosterRules {

    static final int MAX_CLASS_NAME = 120;
    static final int MAX_TERM = 60;

    private RosterRules() {
    }

    static String className(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_CLASS_NAME) {
            throw new RosterRejectedException("Give the class a name of 1 to 120 characters.");
        }
        return name.strip();
    }

    static String term(String term) {
        if (term == null || term.isBlank() || term.strip().length() > MAX_TERM) {
            throw new RosterRejectedException("Give the term in 1 to 60 characters, for example 'Spring 2027'.");
        }
        return term.strip();
    }

    static RosterRejectedException noSuchClass() {
        return new RosterRejectedException("That class does not exist (any more). Reload the list.");
    }
}
