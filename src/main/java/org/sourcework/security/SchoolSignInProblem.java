package org.sourcework.security;

import java.io.Serializable;

/**
 * Why the last school sign-in of this browser did not sign anyone in, kept in its session for the sign-in
 * page to say once: the message key prefix ({@code .title} and {@code .message} follow) and what the
 * message names (an email or the provider).
 */
public record SchoolSignInProblem(String messageKey, String detail) implements Serializable {

    public static final String ATTRIBUTE = SchoolSignInProblem.class.getName();
}
