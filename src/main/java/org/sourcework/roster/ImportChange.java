package org.sourcework.roster;

/** A detail of an existing account that applying a row would change, in the file's column name. */
public record ImportChange(String column, String from, String to) {}
