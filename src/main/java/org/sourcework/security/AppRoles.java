package org.sourcework.security;

/** Role names for annotations such as {@code @RolesAllowed(AppRoles.ADMIN)}. */
public final class AppRoles {

    public static final String STUDENT = "STUDENT";
    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String ADMIN = "ADMIN";

    private AppRoles() {
    }
}
