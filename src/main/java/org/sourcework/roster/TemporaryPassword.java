package org.sourcework.roster;

/** The first password of an account created by an import; it must be changed at first sign-in. */
public record TemporaryPassword(String username, String displayName, String password) {}
