package org.sourcework.lti.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Random strings nobody can guess, safe in URLs and cookies: login states, nonces, request ids, passwords. */
final class Unguessable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Unguessable() {}

    /** This many random bytes, in URL-safe Base64 without padding. */
    static String string(int bytes) {
        var random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
