package org.sourcework.security;

/** The three kinds of account. A role reaches only what {@code roster.ClassAccess} allows within classes. */
public enum AppRole {
    STUDENT,
    INSTRUCTOR,
    ADMIN;

    /** Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
