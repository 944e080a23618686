package org.sourcework.roster;

import org.sourcework.base.Message;

/** One mistake in a roster file, found at a row (as a spreadsheet numbers it, the header is row 1) and column. */
public record ImportProblem(int row, Message column, Message message) {

    /** In the bundle's default language, for logs and tests. */
    public String formatted() {
        return Message.of("import.problem.formatted", row, column, message).inDefaultLanguage();
    }
}
