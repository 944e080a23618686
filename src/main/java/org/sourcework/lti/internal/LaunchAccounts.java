package org.sourcework.lti.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassMember;
import org.sourcework.roster.ClassRole;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.security.AppRole;
import org.sourcework.security.SystemAuthentication;
import org.sourcework.users.NewUser;
import org.sourcework.users.UserService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds or makes the account (platform + sub), the class (platform + context id) and the enrolment of a
 * verified launch. Nobody is signed in yet, and the id_token that passed every check is the authority
 * here, so the work runs through the guarded user and roster services as the system administrator. A
 * roster refresh makes the accounts of people who have not launched yet here too, the same way.
 */
@Component
class LaunchAccounts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final LaunchLinks links;
    private final UserService users;
    private final RosterQueries roster;
    private final ClassAdminService classAdmin;
    private final ClassRosterService classRoster;

    LaunchAccounts(
            LaunchLinks links,
            UserService users,
            RosterQueries roster,
            ClassAdminService classAdmin,
            ClassRosterService classRoster) {
        this.links = links;
        this.users = users;
        this.roster = roster;
        this.classAdmin = classAdmin;
        this.classRoster = classRoster;
    }

    /** @param linked whether this launch linked its resource link to the assignment its activity names */
    record Placed(
            String username,
            long userId,
            long classId,
            @Nullable Long assignmentId,
            boolean linked) {}

    @Transactional
    Placed place(VerifiedLaunch launch) {
        var classRole = launch.instructor() ? ClassRole.INSTRUCTOR : ClassRole.STUDENT;
        return SystemAuthentication.asAdministrator(() -> {
            long userId =
                    account(launch.platformId(), launch.subject(), launch.name(), launch.email(), launch.instructor());
            long classId =
                    links.schoolClass(launch.platformId(), launch.contextId()).orElseGet(() -> createClass(launch));
            if (launch.memberships() != null) {
                links.keepMemberships(
                        launch.platformId(),
                        launch.contextId(),
                        launch.memberships().url(),
                        launch.memberships().versions());
            }
            var username = users.findById(userId).orElseThrow().username();
            enrolIfMissing(classId, username, classRole);
            Long assignment = launch.resourceLinkId() == null
                    ? null
                    : links.assignment(launch.platformId(), launch.resourceLinkId())
                            .orElse(null);
            if (assignment == null && launch.resourceLinkId() != null) {
                var named = namedAssignment(launch, classId);
                if (named != null) {
                    links.linkAssignment(launch.platformId(), launch.resourceLinkId(), named);
                    return new Placed(username, userId, classId, named, true);
                }
            }
            return new Placed(username, userId, classId, assignment, false);
        });
    }

    /**
     * The assignment an activity made by deep linking names in its custom parameter. The platform signed
     * it, but a teacher can edit custom parameters or copy an activity into another course, so it counts
     * only for an assignment of the class this course is.
     */
    private @Nullable Long namedAssignment(VerifiedLaunch launch, long classId) {
        var named = launch.custom().get(DeepLinkResponses.ASSIGNMENT_PARAMETER);
        if (named == null) {
            return null;
        }
        long assignmentId;
        try {
            assignmentId = Long.parseLong(named.strip());
        } catch (NumberFormatException e) {
            assignmentId = -1;
        }
        var assignment = roster.assignment(assignmentId);
        if (assignment.isEmpty() || assignment.get().classId() != classId) {
            throw new LaunchRefused(
                    LaunchProblem.WRONG_CLASS_LINK,
                    launch.platformId(),
                    DeepLinkResponses.ASSIGNMENT_PARAMETER + "=" + named + ", class=" + classId);
        }
        return assignmentId;
    }

    /**
     * The account of the platform's user {@code subject}, made on first sight: at a launch, or when a roster
     * refresh (decision 0019) adds someone who has never launched, whose later launch then finds it.
     */
    @Transactional
    long account(long platformId, String subject, @Nullable String name, @Nullable String email, boolean instructor) {
        return SystemAuthentication.asAdministrator(() -> links.user(platformId, subject)
                .orElseGet(() -> createUser(platformId, subject, name, email, instructor)));
    }

    private long createUser(
            long platformId, String subject, @Nullable String name, @Nullable String email, boolean instructor) {
        var username = "lti-" + shortHash(platformId + " " + subject);
        var role = instructor ? AppRole.INSTRUCTOR : AppRole.STUDENT;
        // nobody knows this password: the person signs in through the platform
        var created = users.create(new NewUser(
                username,
                displayName(name).orElse(username),
                email(email).orElse(username + "@lti.invalid"),
                role,
                Unguessable.string(24),
                false));
        links.linkUser(platformId, subject, created.id());
        return created.id();
    }

    /** The platform's name for a person as an account keeps it; empty when it sent none. */
    static Optional<String> displayName(@Nullable String name) {
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(truncate(name.strip(), 120));
    }

    /**
     * The platform's email for a person when the account can keep it (the users feature's own check, so that
     * keeping it is never refused); empty when it sent none, or one that is not an address.
     */
    static Optional<String> email(@Nullable String email) {
        return email == null
                        || email.strip().length() > 254
                        || !EMAIL.matcher(email.strip()).matches()
                ? Optional.empty()
                : Optional.of(email.strip());
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
        long classId = classAdmin.create(name, term).id();
        links.linkClass(launch.platformId(), launch.contextId(), classId);
        return classId;
    }

    /**
     * Someone already in the class keeps the place they have, withdrawn or not: a role or a withdrawal
     * changes in Sourcework (or by a roster refresh), not by a launch. Asking first keeps the audited
     * roster services from refusing, which would spoil the launch's transaction.
     */
    private void enrolIfMissing(long classId, String username, ClassRole role) {
        var current = classAdmin.roster(classId);
        var inClass = Stream.concat(current.instructors().stream(), current.students().stream())
                .map(ClassMember::username)
                .anyMatch(username::equals);
        if (inClass) {
            return;
        }
        if (role == ClassRole.INSTRUCTOR) {
            classRoster.addInstructor(classId, username);
        } else {
            classRoster.enrolStudent(classId, username);
        }
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
}
