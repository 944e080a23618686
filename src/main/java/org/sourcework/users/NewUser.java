package org.sourcework.users;

import org.sourcework.security.AppRole;

/** The details of an account to create. {@code temporaryPassword} must be changed at first sign-in. */
public record NewUser(
        String username, String displayName, String email, AppRole role, String password, boolean mustChangePassword) {}
