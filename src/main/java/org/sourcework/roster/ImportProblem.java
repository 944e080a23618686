package org.sourcework.roster;

/** One mistake in a roster file, found at a row (as a spreadsheet numbers it, the header is row 1) and column. */
public record ImportProblem(int row, String column, String message) {

    public String formatted() {
        return "Row " + row + ", column '" + column + "': " + message;
    }
}
