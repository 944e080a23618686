package org.sourcework.roster;

import java.util.List;

/**
 * One row of a roster file, with what applying it will do, or why it will be skipped; {@code changes}
 * lists what an {@link ImportAction#UPDATE_USER} changes.
 */
public record ImportRow(
        int row,
        String username,
        String displayName,
        String email,
        String role,
        String className,
        String term,
        List<ImportAction> actions,
        List<ImportProblem> problems,
        List<ImportChange> changes) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
