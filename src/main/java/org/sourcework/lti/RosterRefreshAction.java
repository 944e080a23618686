package org.sourcework.lti;

/** What confirming a roster refresh does to one person; a change of name or email may come with any but SKIP. */
public enum RosterRefreshAction {
    /** Joins the class, with an account made for them if they never launched Sourcework. */
    ADD,
    /** Was withdrawn from the class and is on the course again. */
    REENROL,
    /** Left the course or is inactive there: withdrawn, their account and work kept. */
    WITHDRAW,
    /** Stays as they are. */
    STAY,
    /** Cannot be added as the course says; the note says why. */
    SKIP
}
