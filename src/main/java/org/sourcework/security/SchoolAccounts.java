package org.sourcework.security;

/**
 * Finds the Sourcework account of a person a school's sign-in provider vouched for; the users feature
 * implements it, so security imports no feature. Roles come from the account, never from the provider.
 */
public interface SchoolAccounts {

    /**
     * The account linked to this identity, else the one enabled account with its verified email (which is
     * then linked), as the same principal a password sign-in gets.
     *
     * @throws SchoolSignInRefusedException when no account, or only a disabled one, matches
     */
    SignedInUser signIn(SchoolIdentity identity);
}
