package org.sourcework.audit.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcework.audit.AuditWord;

/**
 * Reads what an entry says from what was stored, without changing how entries are stored: the action
 * chooses the sentence, and the target and details give its parts. Things named by id become
 * {@link NameRef}s, named later for a whole page at once. Details in a shape this does not know (an entry
 * written by an older version) fall back to the sentence "other" with the details as stored.
 */
public final class EntryReader {

    /** The sentence {@code audit.say.<sentence>} and its parts, the first always who did it. */
    public record Reading(String sentence, List<Object> parts) {}

    private static final String ANONYMOUS = "anonymous";
    private static final String SYSTEM = "system";
    private static final Pattern ROLE = Pattern.compile("role=(\\w+)");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)");
    private static final Pattern USER_ID = Pattern.compile("^user (\\d+)$");
    private static final Pattern OVERRIDE =
            Pattern.compile("^question \\S+, student (\\d+): (\\S+) to (\\S+) \\((.*)\\)$", Pattern.DOTALL);
    private static final Pattern RELEASE_SCOPE = Pattern.compile("\\((student|question|answer) (\\S+)\\)$");
    private static final Pattern PATH_CHANGED = Pattern.compile("^lesson (\\d+), (full|core) to (full|core) path$");
    private static final Pattern ASSIGNED = Pattern.compile("^lesson (\\d+), due ([^,]+)(?:, (\\w+) path)?$");
    private static final Pattern IMPORT_COUNT = Pattern.compile("(?:^|, )(no|\\d+) ");
    private static final int IMPORT_COUNTS = 6;
    private static final Pattern PLATFORM_NAME = Pattern.compile("^name=(.*?), issuer=");
    private static final Pattern REFUSAL = Pattern.compile("^reason=([a-z_]+)");
    private static final Pattern LAUNCH_PLATFORM = Pattern.compile("(?:^|, )platform=(\\d+)");
    private static final Pattern LAUNCH_ROLE = Pattern.compile("(?:^|, )role=(learner|instructor)");
    // a login from a platform that is not registered names only the issuer it claimed
    private static final Pattern CLAIMED_ISSUER = Pattern.compile("iss=([^,;\\s]+)");
    private static final Pattern GRADE =
            Pattern.compile("^student (\\d+)(?:, platform \\d+)?(?:: (.*))?$", Pattern.DOTALL);
    private static final Pattern SCHOOL_LINKED = Pattern.compile("^provider=(.*); email=(.*)$");
    private static final Pattern SCHOOL_REFUSED = Pattern.compile("^provider=(.*); email=(.*); reason=([a-z-]+)$");
    private static final Pattern ROSTER_REFRESH =
            Pattern.compile("(\\d+) added, (\\d+) back, (\\d+) changed, (\\d+) withdrawn$");

    private EntryReader() {}

    public static Reading read(AuditEvent event) {
        var actor = actor(event);
        var details = event.getDetails() == null ? "" : event.getDetails();
        var target = event.getTargetId();
        var action = event.getAction();
        var reading = switch (action) {
            case "user.created" -> say(action, actor, user(target), role(find(ROLE, details)));
            case "user.updated" -> AccountChanges.read(actor, user(target), details);
            case "user.enabled", "user.disabled", "user.password-reset", "user.unlocked" ->
                say(action, actor, user(target));
            case "sign-in.failed" ->
                target == null ? say("sign-in.failed.unknown", actor) : say(action, actor, user(target));
            case "sign-in.delayed" ->
                number(find(LEADING_NUMBER, details))
                        .map(failures -> say(action, actor, user(target), failures))
                        .orElse(null);
            case "feedback.score-overridden" -> scoreOverridden(actor, details);
            case "feedback.released" -> released(actor, target, details);
            case "class.instructor-removed", "class.student-withdrawn" ->
                find(USER_ID, details) == null
                        ? null
                        : say(action, actor, user(find(USER_ID, details)), schoolClass(target));
            case "class.student-enrolled", "class.instructor-added" ->
                say(action, actor, NameRef.to("username", details).otherwise(details), schoolClass(target));
            case "class.lesson-assigned" -> lessonAssigned(actor, target, details);
            case "class.due-date-changed" -> dueDateChanged(actor, target, details);
            case "class.path-changed" -> pathChanged(actor, target, details);
            case "roster.imported" -> imported(actor, details);
            case "class.created", "class.archived", "class.unarchived" -> say(action, actor, details);
            case "class.renamed" ->
                details.contains(" -> ")
                        ? say(
                                action,
                                actor,
                                details.substring(0, details.indexOf(" -> ")),
                                details.substring(details.indexOf(" -> ") + 4))
                        : null;
            case "lti.platform.added", "lti.platform.changed" -> sayFound(action, actor, PLATFORM_NAME, details);
            case "lti.key.rotated", "lti.key.retired" -> target == null ? null : say(action, actor, target);
            case "lti.launch" -> launch(actor, target, details);
            case "lti.launch.refused" -> launchRefused(actor, target, details);
            case "lti.deep-link.returned", "lti.resource-link.linked" ->
                target == null
                        ? null
                        : say(
                                action,
                                actor,
                                NameRef.to("assignment-lesson", target).then("lesson"),
                                NameRef.to("assignment-class", target));
            case "lti.deep-link.cancelled" -> say(action, actor, schoolClass(target));
            case "lti.grade-sent", "lti.grade-failed", "lti.grade-resent" -> grade(action, actor, target, details);
            case "school-sign-in.linked" -> schoolLinked(actor, target, details);
            case "school-sign-in.refused" -> schoolRefused(actor, details);
            case "lti.roster.refreshed" -> rosterRefreshed(actor, target, details);
            default -> null;
        };
        return reading != null ? reading : say("other", actor, details.isEmpty() ? action : details);
    }

    private static Object actor(AuditEvent event) {
        var username = event.getActorUsername();
        if (event.getActorId() != null) {
            return NameRef.to("user", event.getActorId()).otherwise(username);
        }
        return switch (username) {
            case ANONYMOUS -> AuditWord.of("someone");
            case SYSTEM -> AuditWord.of("system");
            default -> username;
        };
    }

    private static @Nullable Reading scoreOverridden(Object actor, String details) {
        var match = OVERRIDE.matcher(details);
        return match.matches()
                ? say(
                        "feedback.score-overridden",
                        actor,
                        user(match.group(1)),
                        match.group(2),
                        match.group(3),
                        match.group(4))
                : null;
    }

    private static @Nullable Reading released(Object actor, @Nullable String assignment, String details) {
        var answers = number(find(LEADING_NUMBER, details)).orElse(null);
        if (assignment == null || answers == null) {
            return null;
        }
        var lesson = NameRef.to("assignment-lesson", assignment).then("lesson");
        var schoolClass = NameRef.to("assignment-class", assignment);
        var scope = RELEASE_SCOPE.matcher(details);
        if (scope.find() && scope.group(1).equals("student")) {
            return say("feedback.released.student", actor, lesson, schoolClass, answers, user(scope.group(2)));
        }
        return say("feedback.released", actor, lesson, schoolClass, answers);
    }

    private static @Nullable Reading grade(String action, Object actor, @Nullable String assignment, String details) {
        var match = GRADE.matcher(details);
        if (assignment == null || !match.matches()) {
            return null;
        }
        var lesson = NameRef.to("assignment-lesson", assignment).then("lesson");
        var schoolClass = NameRef.to("assignment-class", assignment);
        var rest = match.group(2) == null ? "" : match.group(2);
        return say(action, actor, user(match.group(1)), lesson, schoolClass, rest);
    }

    private static @Nullable Reading lessonAssigned(Object actor, @Nullable String schoolClass, String details) {
        var match = ASSIGNED.matcher(details);
        if (!match.matches()) {
            return null;
        }
        var due = instant(match.group(2));
        var path = match.group(3) == null ? "lesson" : match.group(3).toLowerCase(Locale.ROOT);
        return say(
                "class.lesson-assigned",
                actor,
                lesson(match.group(1)),
                schoolClass(schoolClass),
                due == null ? AuditWord.of("no-due-date") : AuditWord.of("due", due),
                AuditWord.of("path." + path));
    }

    private static @Nullable Reading pathChanged(Object actor, @Nullable String schoolClass, String details) {
        var match = PATH_CHANGED.matcher(details);
        if (!match.matches()) {
            return null;
        }
        return say(
                "class.path-changed",
                actor,
                lesson(match.group(1)),
                schoolClass(schoolClass),
                AuditWord.of("path-name." + match.group(2)),
                AuditWord.of("path-name." + match.group(3)));
    }

    private static @Nullable Reading dueDateChanged(Object actor, @Nullable String schoolClass, String details) {
        var match = ASSIGNED.matcher(details);
        if (!match.matches()) {
            return null;
        }
        var due = instant(match.group(2));
        return due == null
                ? say("class.due-date-changed.removed", actor, lesson(match.group(1)), schoolClass(schoolClass))
                : say("class.due-date-changed", actor, lesson(match.group(1)), schoolClass(schoolClass), due);
    }

    // "2 accounts created, no accounts updated, no classes created, 2 enrolments, no rows unchanged, no rows skipped"
    private static @Nullable Reading imported(Object actor, String details) {
        var parts = new ArrayList<Object>(List.of(actor));
        var match = IMPORT_COUNT.matcher(details);
        while (match.find()) {
            parts.add(match.group(1).equals("no") ? 0 : Integer.parseInt(match.group(1)));
        }
        return parts.size() == IMPORT_COUNTS + 1 ? new Reading("roster.imported", List.copyOf(parts)) : null;
    }

    private static @Nullable Reading schoolLinked(Object actor, @Nullable String account, String details) {
        var match = SCHOOL_LINKED.matcher(details);
        return match.matches()
                ? say("school-sign-in.linked", actor, user(account), match.group(1), match.group(2))
                : null;
    }

    private static @Nullable Reading schoolRefused(Object actor, String details) {
        var match = SCHOOL_REFUSED.matcher(details);
        if (!match.matches()) {
            return null;
        }
        var email = match.group(2).equals("none") ? AuditWord.of("school-no-email") : match.group(2);
        return say(
                "school-sign-in.refused",
                actor,
                match.group(1),
                email,
                AuditWord.of("school-refusal." + match.group(3)));
    }

    // "platform=3, 1 added, 0 back, 2 changed, 1 withdrawn"
    private static @Nullable Reading rosterRefreshed(Object actor, @Nullable String schoolClass, String details) {
        var match = ROSTER_REFRESH.matcher(details);
        if (!match.find()) {
            return null;
        }
        var parts = new ArrayList<Object>(List.of(actor, schoolClass(schoolClass)));
        for (int group = 1; group <= 4; group++) {
            parts.add(Integer.parseInt(match.group(group)));
        }
        return new Reading("lti.roster.refreshed", List.copyOf(parts));
    }

    // "platform=2, role=learner": from which platform, and as whom
    private static Reading launch(Object actor, @Nullable String schoolClass, String details) {
        var role = find(LAUNCH_ROLE, details);
        return say(
                "lti.launch",
                actor,
                schoolClass(schoolClass),
                platform(find(LAUNCH_PLATFORM, details)),
                role == null ? AuditWord.of("role.unknown") : role("learner".equals(role) ? "student" : role));
    }

    // "reason=bad_signature; ...": the reason in plain words; the platform by name, or the issuer it claimed
    private static @Nullable Reading launchRefused(Object actor, @Nullable String platformId, String details) {
        var reason = find(REFUSAL, details);
        if (reason == null) {
            return null;
        }
        var claimedIssuer = find(CLAIMED_ISSUER, details);
        Object platform = platformId == null && claimedIssuer != null ? claimedIssuer : platform(platformId);
        return say("lti.launch.refused", actor, platform, AuditWord.of("refusal." + reason.replace('_', '-')));
    }

    private static Object platform(@Nullable String id) {
        return id == null ? AuditWord.of("platform.unknown") : NameRef.to("lti-platform", id);
    }

    private static @Nullable Reading sayFound(String sentence, Object actor, Pattern pattern, String details) {
        var part = find(pattern, details);
        return part == null ? null : say(sentence, actor, part);
    }

    static Reading say(String sentence, Object... parts) {
        return new Reading(sentence, List.of(parts));
    }

    static Object user(@Nullable String id) {
        return id == null ? AuditWord.of("gone.user") : NameRef.to("user", id);
    }

    private static Object schoolClass(@Nullable String id) {
        return id == null ? AuditWord.of("gone.class") : NameRef.to("class", id);
    }

    private static Object lesson(String id) {
        return NameRef.to("lesson", id);
    }

    static AuditWord role(@Nullable String role) {
        return AuditWord.of(role == null ? "role.unknown" : "role." + role.toLowerCase(Locale.ROOT));
    }

    private static @Nullable String find(Pattern pattern, String text) {
        Matcher match = pattern.matcher(text);
        return match.find() ? match.group(1) : null;
    }

    private static java.util.Optional<Integer> number(@Nullable String text) {
        return java.util.Optional.ofNullable(text).map(Integer::valueOf);
    }

    private static @Nullable Instant instant(String text) {
        try {
            return text.equals("null") ? null : Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
