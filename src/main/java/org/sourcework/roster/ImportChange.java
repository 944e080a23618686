package org.sourcework.roster;

import org.sourcework.base.Message;

/** A detail of an existing account that applying a row would change, named by its column. */
public record ImportChange(Message column, String from, String to) {}
