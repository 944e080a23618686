package org.sourcework.review;

import org.jspecify.annotations.Nullable;

/**
 * A comment of the comment bank.
 *
 * @param id          the instructor's own comment's id; null for a comment the lesson suggests
 * @param criterionId the rubric criterion it fits, or null for the question as a whole
 */
public record BankComment(@Nullable Long id, @Nullable String criterionId, String text) {

    public boolean own() {
        return id != null;
    }
}
