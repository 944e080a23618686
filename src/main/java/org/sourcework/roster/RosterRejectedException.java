package org.sourcework.roster;

/** Roster input that breaks a rule; the message is written for the administrator. */
public class RosterRejectedException extends RuntimeException {

    public RosterRejectedException(String message) {
        super(message);
    }
}
