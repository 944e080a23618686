package org.sourcework.users;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcework.base.Message;
import org.sourcework.security.OpenToAnyone;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules in the spirit of NIST SP 800-63B: a minimum length, a check against passwords
 * that attackers try first, and no arbitrary composition rules (no "one digit, one symbol").
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    public PasswordPolicy() {
        try (var in = new ClassPathResource("common-passwords.txt").getInputStream()) {
            common = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reason a password is refused, for the person choosing it; empty when it is fine. */
    @OpenToAnyone("checks a proposed password against fixed rules; reads and changes no stored data")
    public Optional<Message> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Message.of("password.too-short", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Message.of("password.too-long", MAX_LENGTH));
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.chars().distinct().count() <= 2) {
            return Optional.of(Message.of("password.too-common"));
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Message.of("password.has-username"));
        }
        return Optional.empty();
    }
}
