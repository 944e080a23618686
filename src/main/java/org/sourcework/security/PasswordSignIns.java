package org.sourcework.security;

import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which roles may sign in with a Sourcework password: all of them unless
 * {@code sourcework.sign-in.passwords.disabled-for} names some, whose people then sign in only with their
 * school's provider. Administrators always keep their passwords, so that a school provider that is down
 * or wrongly configured never locks everyone out: naming ADMIN stops the server from starting.
 */
@Component
public class PasswordSignIns {

    private static final Logger log = LoggerFactory.getLogger(PasswordSignIns.class);

    private final Set<AppRole> turnedOff;

    PasswordSignIns(
            @Value("${sourcework.sign-in.passwords.disabled-for:}") Set<AppRole> turnedOff,
            SchoolSignInProviders providers) {
        if (turnedOff.contains(AppRole.ADMIN)) {
            throw new IllegalStateException("sourcework.sign-in.passwords.disabled-for must not name ADMIN:"
                    + " administrators keep their passwords, so that a school sign-in that fails never locks"
                    + " everyone out (docs/operations.md, School sign-in)");
        }
        this.turnedOff = turnedOff.isEmpty() ? EnumSet.noneOf(AppRole.class) : EnumSet.copyOf(turnedOff);
        if (!this.turnedOff.isEmpty()) {
            if (providers.any()) {
                log.info("Passwords are turned off for {}: they sign in with their school's provider", this.turnedOff);
            } else {
                log.warn(
                        "Passwords are turned off for {}, but no school sign-in provider is configured:"
                                + " these people cannot sign in at all",
                        this.turnedOff);
            }
        }
    }

    public boolean allowedFor(AppRole role) {
        return !turnedOff.contains(role);
    }
}
