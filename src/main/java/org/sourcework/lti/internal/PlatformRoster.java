package org.sourcework.lti.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.sourcework.audit.AuditLog;
import org.sourcework.lti.RosterRefreshAction;
import org.sourcework.lti.RosterRefreshEntry;
import org.sourcework.lti.RosterRefreshPlan;
import org.sourcework.lti.RosterRefreshResult;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassMember;
import org.sourcework.roster.ClassRole;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.security.SystemAuthentication;
import org.sourcework.users.UserAdminService;
import org.sourcework.users.UserService;
import org.sourcework.users.UserSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A class's roster as its course on the platform has it (decision 0019): the dry run's comparison, and
 * applying it through the audited user and roster services. Those are the administrator's; an instructor
 * may refresh only a class they teach (checked by the caller), and then the course's member list, read
 * with the tool's own credentials, is the authority, as the id_token is at a launch. So the work runs as
 * the system administrator, and one entry records the instructor who confirmed it.
 */
@Component
@Transactional
public class PlatformRoster {

    /** A class's course on a platform, with where its member list is read. */
    public record Course(Platform platform, LaunchLinks.CourseLink link) {}

    private final PlatformRepository platforms;
    private final LaunchLinks links;
    private final LaunchAccounts accounts;
    private final ClassAdminService classAdmin;
    private final ClassRosterService classRoster;
    private final UserService users;
    private final UserAdminService userAdmin;
    private final AuditLog audit;

    PlatformRoster(
            PlatformRepository platforms,
            LaunchLinks links,
            LaunchAccounts accounts,
            ClassAdminService classAdmin,
            ClassRosterService classRoster,
            UserService users,
            UserAdminService userAdmin,
            AuditLog audit) {
        this.platforms = platforms;
        this.links = links;
        this.accounts = accounts;
        this.classAdmin = classAdmin;
        this.classRoster = classRoster;
        this.users = users;
        this.userAdmin = userAdmin;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<Course> course(long classId) {
        return links.courseWithMembers(classId)
                .flatMap(link -> platforms.findById(link.platformId()).map(platform -> new Course(platform, link)));
    }

    /** The dry run: what confirming would do, given the course's member list. Changes nothing. */
    @Transactional(readOnly = true)
    public RosterRefreshPlan plan(long classId, Platform platform, List<Member> course) {
        return SystemAuthentication.asAdministrator(() -> {
            var roster = classAdmin.roster(classId);
            var members = new HashMap<Long, ClassMember>();
            Stream.concat(roster.instructors().stream(), roster.students().stream())
                    .forEach(member -> members.put(member.userId(), member));
            var subjects = course.stream().map(Member::userId).toList();
            var linked = links.users(platform.getId(), subjects, members.keySet());
            var accountsNeeded = course.stream()
                    .filter(Member::active)
                    .map(member -> linked.get(member.userId()))
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
            var summaries = new HashMap<Long, UserSummary>();
            accountsNeeded.forEach(id -> users.findById(id).ifPresent(user -> summaries.put(id, user)));
            var entries = RosterPlanner.plan(course, new RosterPlanner.ClassState(members, linked, summaries));
            return new RosterRefreshPlan(classId, roster.details().name(), platform.getName(), entries);
        });
    }

    /** Applies a dry run's plan in one transaction, and records that the signed-in instructor confirmed it. */
    public RosterRefreshResult apply(Platform platform, RosterRefreshPlan plan) {
        var result = SystemAuthentication.asAdministrator(() -> {
            int added = 0;
            int back = 0;
            int changed = 0;
            int withdrawn = 0;
            for (var entry : plan.entries()) {
                switch (entry.action()) {
                    case ADD -> {
                        join(plan.classId(), account(platform, entry), entry.role());
                        added++;
                    }
                    case REENROL -> {
                        join(plan.classId(), Objects.requireNonNull(entry.userId()), ClassRole.STUDENT);
                        back++;
                    }
                    case WITHDRAW -> {
                        classRoster.withdrawStudent(plan.classId(), Objects.requireNonNull(entry.userId()));
                        withdrawn++;
                    }
                    case STAY, SKIP -> {}
                }
                if (entry.action() != RosterRefreshAction.SKIP
                        && !entry.changes().isEmpty()) {
                    change(entry);
                    changed++;
                }
            }
            return new RosterRefreshResult(added, back, changed, withdrawn);
        });
        audit.record(
                "lti.roster.refreshed",
                "class",
                Long.toString(plan.classId()),
                "platform=" + platform.getId() + ", " + result.added() + " added, " + result.reenrolled() + " back, "
                        + result.changed() + " changed, " + result.withdrawn() + " withdrawn");
        return result;
    }

    private long account(Platform platform, RosterRefreshEntry entry) {
        return entry.userId() != null
                ? entry.userId()
                : accounts.account(
                        platform.getId(),
                        entry.subject(),
                        entry.name(),
                        entry.email(),
                        entry.role() == ClassRole.INSTRUCTOR);
    }

    /** Enrolling a withdrawn student again re-enrols them (ClassRosterService keeps their row). */
    private void join(long classId, Long userId, ClassRole role) {
        var username = users.findById(userId).orElseThrow().username();
        if (role == ClassRole.INSTRUCTOR) {
            classRoster.addInstructor(classId, username);
        } else {
            classRoster.enrolStudent(classId, username);
        }
    }

    private void change(RosterRefreshEntry entry) {
        var account = userAdmin.get(Objects.requireNonNull(entry.userId()));
        var name = account.displayName();
        var email = account.email();
        for (var change : entry.changes()) {
            if (change.field().equals("name")) {
                name = change.to();
            } else {
                email = change.to();
            }
        }
        userAdmin.update(account.id(), account.version(), name, email, account.role());
    }
}
