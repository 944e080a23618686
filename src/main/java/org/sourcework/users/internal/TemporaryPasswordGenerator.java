package org.sourcework.users.internal;

import java.security.SecureRandom;
import java.util.List;
import org.sourcework.users.PasswordPolicy;
import org.springframework.stereotype.Component;

/**
 * Temporary passwords people can read out and type: four words and two digits, such as
 * {@code amber-harbour-quiet-lantern-42}. 64 words give 24 bits per four words plus ~7 bits of digits:
 * plenty for a password that must be changed at first sign-in and is slowed down after five wrong guesses.
 */
@Component
public class TemporaryPasswordGenerator {

    private static final List<String> WORDS = List.of(
            "amber", "anchor", "apple", "arrow", "autumn", "badger", "basket", "beacon", "birch", "bottle", "breeze",
            "bridge", "candle", "canyon", "carpet", "cedar", "cherry", "cinder", "clover", "comet", "copper", "cotton",
            "crystal", "dawn", "desert", "dolphin", "ember", "falcon", "feather", "fern", "forest", "garden", "glacier",
            "harbour", "hazel", "honey", "island", "ivory", "jasmine", "lantern", "lemon", "maple", "meadow", "mirror",
            "morning", "harvest", "orchard", "otter", "pebble", "pepper", "planet", "quiet", "rabbit", "river",
            "saddle", "silver", "spruce", "thistle", "timber", "tulip", "velvet", "walnut", "willow", "winter");

    private final SecureRandom random = new SecureRandom();
    private final PasswordPolicy policy;

    TemporaryPasswordGenerator(PasswordPolicy policy) {
        this.policy = policy;
    }

    public String generate(String username) {
        while (true) {
            var words = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                words.append(WORDS.get(random.nextInt(WORDS.size()))).append('-');
            }
            var candidate = words.append(10 + random.nextInt(90)).toString();
            if (policy.problem(candidate, username).isEmpty()) {
                return candidate;
            }
        }
    }
}
