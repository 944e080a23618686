package org.sourcework.roster;

import org.sourcework.base.Message;
import org.sourcework.base.RejectedException;

/** Roster input that breaks a rule; the message is for the administrator. */
public class RosterRejectedException extends RejectedException {

    public RosterRejectedException(Message message) {
        super(message);
    }
}
