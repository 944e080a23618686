package org.sourcework.lti.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.Message;
import org.sourcework.lti.DetailChange;
import org.sourcework.lti.RosterRefreshAction;
import org.sourcework.lti.RosterRefreshEntry;
import org.sourcework.roster.ClassMember;
import org.sourcework.roster.ClassRole;
import org.sourcework.security.AppRole;
import org.sourcework.users.UserSummary;

/**
 * Compares a course's member list with the class it is linked to (decision 0019). Only people the platform
 * linked to an account take part: someone an administrator enrolled by hand stays as they are. Students
 * who left the course, or are Inactive or Deleted there, are withdrawn; instructors are never removed by a
 * refresh (the one refreshing must not lock themselves out; an administrator removes instructors), and a
 * role in the class changes only in Sourcework, as at a launch.
 */
final class RosterPlanner {

    /** What the planner knows of the class: members by account, and the accounts it needs to compare. */
    record ClassState(Map<Long, ClassMember> members, Map<String, Long> links, Map<Long, UserSummary> accounts) {}

    private RosterPlanner() {}

    static List<RosterRefreshEntry> plan(List<Member> course, ClassState state) {
        var entries = new ArrayList<RosterRefreshEntry>();
        var seen = new HashSet<Long>();
        for (var member : course) {
            if (!member.instructor() && !member.learner()) {
                continue;
            }
            var userId = state.links().get(member.userId());
            if (userId != null) {
                seen.add(userId);
            }
            var entry = member.active() ? present(member, userId, state) : left(member.userId(), userId, state);
            if (entry != null) {
                entries.add(entry);
            }
        }
        var subjects = new HashMap<Long, String>();
        state.links().forEach((subject, userId) -> subjects.put(userId, subject));
        state.members().forEach((userId, classMember) -> {
            if (subjects.containsKey(userId) && !seen.contains(userId)) {
                var entry = left(subjects.get(userId), userId, state);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        });
        entries.sort(Comparator.comparing(RosterRefreshEntry::action)
                .thenComparing(entry -> entry.name().toLowerCase(Locale.ROOT))
                .thenComparing(RosterRefreshEntry::subject));
        return entries;
    }

    private static RosterRefreshEntry present(Member member, @Nullable Long userId, ClassState state) {
        var role = member.instructor() ? ClassRole.INSTRUCTOR : ClassRole.STUDENT;
        var account = userId == null ? null : state.accounts().get(userId);
        if (userId == null || account == null) {
            return new RosterRefreshEntry(
                    RosterRefreshAction.ADD,
                    role,
                    member.userId(),
                    null,
                    LaunchAccounts.displayName(member.name()).orElse(""),
                    LaunchAccounts.email(member.email()).orElse(null),
                    List.of(),
                    null);
        }
        var inClass = state.members().get(userId);
        if (inClass == null) {
            var mismatch = role == ClassRole.INSTRUCTOR && account.role() == AppRole.STUDENT
                    ? "lti.roster.note.student-account"
                    : role == ClassRole.STUDENT && account.role() != AppRole.STUDENT
                            ? "lti.roster.note.not-a-student-account"
                            : null;
            if (mismatch != null) {
                return entry(RosterRefreshAction.SKIP, role, member.userId(), account, List.of(), Message.of(mismatch));
            }
            return entry(RosterRefreshAction.ADD, role, member.userId(), account, changes(account, member), null);
        }
        // a role in the class changes in Sourcework, not by the platform (as at a launch)
        var action = inClass.withdrawn() ? RosterRefreshAction.REENROL : RosterRefreshAction.STAY;
        return entry(action, inClass.role(), member.userId(), account, changes(account, member), null);
    }

    /** Someone the course no longer has (or has as Inactive or Deleted): null when it changes nothing. */
    private static @Nullable RosterRefreshEntry left(String subject, @Nullable Long userId, ClassState state) {
        var inClass = userId == null ? null : state.members().get(userId);
        if (inClass == null || inClass.withdrawn()) {
            return null;
        }
        if (inClass.role() == ClassRole.INSTRUCTOR) {
            return new RosterRefreshEntry(
                    RosterRefreshAction.STAY,
                    ClassRole.INSTRUCTOR,
                    subject,
                    userId,
                    inClass.displayName(),
                    null,
                    List.of(),
                    Message.of("lti.roster.note.instructor-left"));
        }
        return new RosterRefreshEntry(
                RosterRefreshAction.WITHDRAW,
                ClassRole.STUDENT,
                subject,
                userId,
                inClass.displayName(),
                null,
                List.of(),
                null);
    }

    private static RosterRefreshEntry entry(
            RosterRefreshAction action,
            ClassRole role,
            String subject,
            UserSummary account,
            List<DetailChange> changes,
            @Nullable Message note) {
        return new RosterRefreshEntry(
                action, role, subject, account.id(), account.displayName(), account.email(), changes, note);
    }

    /** The platform's name and email where they differ from the account's; what it does not send stays. */
    private static List<DetailChange> changes(UserSummary account, Member member) {
        var changes = new ArrayList<DetailChange>();
        LaunchAccounts.displayName(member.name())
                .filter(name -> !name.equals(account.displayName()))
                .ifPresent(name -> changes.add(new DetailChange("name", account.displayName(), name)));
        LaunchAccounts.email(member.email())
                .filter(email -> !email.equalsIgnoreCase(account.email()))
                .ifPresent(email -> changes.add(new DetailChange("email", account.email(), email)));
        return changes;
    }
}
