package org.sourcework.roster;

import org.jspecify.annotations.Nullable;

/**
 * How to read a roster file.
 *
 * @param term                 the term of every class named in the file, used for rows without a
 *                             {@code term} column value; blank means the school's most recent term
 *                             ({@link RosterImportService#terms()})
 * @param createMissingClasses create a class that does not exist yet, instead of flagging the row
 * @param updateExisting       change the display name and email of an existing account to the file's,
 *                             instead of flagging the difference as a problem (off unless asked for, as
 *                             in Moodle); a different role is always a problem
 */
public record ImportOptions(@Nullable String term, boolean createMissingClasses, boolean updateExisting) {

    public ImportOptions(@Nullable String term, boolean createMissingClasses) {
        this(term, createMissingClasses, false);
    }

    ImportOptions withTerm(String chosen) {
        return new ImportOptions(chosen, createMissingClasses, updateExisting);
    }
}
