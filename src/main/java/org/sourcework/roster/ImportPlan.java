package org.sourcework.roster;

import java.util.List;

/**
 * The result of a dry run: every row, what will happen to it, and every problem, and the term used
 * for rows without one. Nothing has changed yet.
 */
public record ImportPlan(List<ImportRow> rows, String term) {

    public List<ImportProblem> problems() {
        return rows.stream().flatMap(row -> row.problems().stream()).toList();
    }

    public long validRows() {
        return rows.stream().filter(ImportRow::valid).count();
    }

    public long count(ImportAction action) {
        return rows.stream()
                .filter(ImportRow::valid)
                .filter(row -> row.actions().contains(action))
                .count();
    }

    /** Whether confirming would change anything at all: a file already imported would not. */
    public boolean changesAnything() {
        return rows.stream()
                .filter(ImportRow::valid)
                .anyMatch(row -> !row.actions().contains(ImportAction.UNCHANGED));
    }
}
