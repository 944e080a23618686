package org.sourcework.roster;

import org.sourcework.base.Message;

/** The checks on roster input that more than one service makes, with their messages. */
final class RosterRules {

    static final int MAX_CLASS_NAME = 120;
    static final int MAX_TERM = 60;

    private RosterRules() {}

    static String className(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_CLASS_NAME) {
            throw new RosterRejectedException(Message.of("roster.rejected.class-name"));
        }
        return name.strip();
    }

    static String term(String term) {
        if (term == null || term.isBlank() || term.strip().length() > MAX_TERM) {
            throw new RosterRejectedException(Message.of("roster.rejected.term"));
        }
        return term.strip();
    }

    static RosterRejectedException noSuchClass() {
        return new RosterRejectedException(Message.of("roster.rejected.class-gone"));
    }
}
