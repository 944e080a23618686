package org.sourcework.lti;

/** A detail of an account that a roster refresh changes to the platform's: {@code field} is "name" or "email". */
public record DetailChange(String field, String from, String to) {}
