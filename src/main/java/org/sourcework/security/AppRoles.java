package org.sourcework.security;

/**
 * Role names, the one place they are written: views use {@code @RolesAllowed(AppRoles.ADMIN)}, services
 * the meta-annotations built on these ({@link AdminOnly}, {@link InstructorOnly}, {@link StudentOnly}).
 */
public final class AppRoles {

    public static final String STUDENT = "STUDENT";
    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String ADMIN = "ADMIN";

    private AppRoles() {}
}
