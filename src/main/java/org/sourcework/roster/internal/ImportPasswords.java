package org.sourcework.roster.internal;

import java.security.SecureRandom;
import org.sourcework.users.PasswordPolicy;
import org.springframework.stereotype.Component;

/** First passwords for imported accounts: random, easy to type (no 0/O or 1/l), and accepted by the policy. */
@Component
public class ImportPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();
    private final PasswordPolicy policy;

    ImportPasswords(PasswordPolicy policy) {
        this.policy = policy;
    }

    public String generate(String username) {
        while (true) {
            var password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (i > 0 && i % 4 == 0) {
                    password.append('-');
                }
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (policy.problem(password.toString(), username).isEmpty()) {
                return password.toString();
            }
        }
    }
}
