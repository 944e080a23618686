package org.sourcework.security;

import org.jspecify.annotations.Nullable;

/**
 * Who a school's sign-in provider says signed in: its issuer and the person's subject there (stable for
 * life at that provider), and their email when the provider vouches for it. {@code providerName} is how
 * the sign-in page names the provider, for messages and the audit log.
 */
public record SchoolIdentity(
        String providerName,
        String issuer,
        String subject,
        @Nullable String verifiedEmail) {}
