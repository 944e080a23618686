package org.sourcework.roster;

/**
 * How to read a roster file.
 *
 * @param term                 the term of every class named in the file, used for rows without a
 *                             {@code term} column value; may be blank when the file has that column
 * @param createMissingClasses create a class that does not exist yet, instead of flagging the row
 */
public record ImportOptions(String term, boolean createMissingClasses) {
}
