package org.sourcework.lessons;

/** A comment for the instructor's comment bank. @param criterionId the rubric criterion it fits, or null */
public record SuggestedComment(String criterionId, String text) {}
