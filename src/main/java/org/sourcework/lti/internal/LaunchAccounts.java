package org.sourcework.lti.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.sourcework.roster.ClassRole;
import org.sourcework.roster.RosterRejectedException;
import org.sourcework.roster.RosterService;
import org.sourcework.security.AppRole;
import org.sourcework.security.SystemAuthentication;
import org.sourcework.users.NewUser;
import org.sourcework.users.UserService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds or makes the account (platform + sub), the class (platform + context id) and the enrolment of a
 * verified launch. Nobody is signed in yet, and the id_token that passed every check is the authority
 * here, so the work runs through the guarded user and roster services as the system administrator.
 */
@Component
class LaunchAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LaunchLinks links;
    private final UserService users;
    private final RosterService roster;

    LaunchAccounts(LaunchLinks links, UserService users, RosterService roster) {
        this.links = links;
        this.users = users;
        this.roster = roster;
    }

    record Placed(String username, long classId, @Nullable Long assignmentId) {}

    @Transactional
    Placed place(VerifiedLaunch launch) {
        var classRole = launch.instructor() ? ClassRole.INSTRUCTOR : ClassRole.STUDENT;
        return SystemAuthentication.asAdministrator(() -> {
            long userId = links.user(launch.platformId(), launch.subject()).orElseGet(() -> createUser(launch));
            long classId =
                    links.schoolClass(launch.platformId(), launch.contextId()).orElseGet(() -> createClass(launch));
            try {
                roster.enrol(classId, userId, classRole);
            } catch (RosterRejectedException alreadyThereWithAnotherRole) {
                // the class keeps the role it has: a role changes in Sourcework, not by a launch
            }
            var username = users.findById(userId).orElseThrow().username();
            Long assignment = launch.resourceLinkId() == null
                    ? null
                    : links.assignment(launch.platformId(), launch.resourceLinkId())
                            .orElse(null);
            return new Placed(username, classId, assignment);
        });
    }

    private long createUser(VerifiedLaunch launch) {
        var username = "lti-" + shortHash(launch.platformId() + " " + launch.subject());
        var name = launch.name() == null || launch.name().isBlank()
                ? username
                : launch.name().strip();
        var email = launch.email() == null || launch.email().isBlank() ? username + "@lti.invalid" : launch.email();
        var role = launch.instructor() ? AppRole.INSTRUCTOR : AppRole.STUDENT;
        // nobody knows this password: the person signs in through the platform
        var created = users.create(new NewUser(username, name, email, role, unguessable(), false));
        links.linkUser(launch.platformId(), launch.subject(), created.id());
        return created.id();
    }

    private long createClass(VerifiedLaunch launch) {
        var title = launch.contextTitle() == null || launch.contextTitle().isBlank()
                ? "Course " + launch.contextId()
                : launch.contextTitle().strip();
        var name = truncate(title, 120);
        var term = truncate(launch.platformName(), 60);
        if (roster.findClass(name, term).isPresent()) {
            name = truncate(title, 100) + " (" + truncate(launch.contextId(), 16) + ")";
        }
        long classId = roster.createClass(name, term).id();
        links.linkClass(launch.platformId(), launch.contextId(), classId);
        return classId;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String shortHash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unguessable() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
