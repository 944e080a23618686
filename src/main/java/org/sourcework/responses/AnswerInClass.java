package org.sourcework.responses;

import org.sourcework.roster.AssignmentInfo;

/** An answer with the assignment it was given on, as one access check finds them both. */
public record AnswerInClass(AssignmentInfo assignment, ClassAnswer answer) {}
