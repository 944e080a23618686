package org.sourcework.lti;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sourcework.base.Message;
import org.sourcework.lti.internal.Member;
import org.sourcework.lti.internal.Memberships;
import org.sourcework.lti.internal.PlatformCallFailed;
import org.sourcework.lti.internal.PlatformRoster;
import org.sourcework.roster.ClassAccess;
import org.sourcework.roster.ExternalRoster;
import org.sourcework.roster.ExternalRosters;
import org.sourcework.security.InstructorOnly;
import org.springframework.stereotype.Service;

/**
 * Refreshing a class's roster from the course on the learning platform that launched it (Names and Role
 * Provisioning Services 2.0, decision 0019): a dry run first, then the same changes on confirmation. Only
 * an instructor of the class may. The member list is read with no transaction open, so a slow platform
 * holds no database connection.
 */
@Service
public class RosterRefreshService implements ExternalRosters {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RosterRefreshService.class);

    private final ClassAccess access;
    private final PlatformRoster roster;
    private final Memberships memberships;

    RosterRefreshService(ClassAccess access, PlatformRoster roster, Memberships memberships) {
        this.access = access;
        this.roster = roster;
        this.memberships = memberships;
    }

    /** For the instructor's home: "Refresh the roster from Canvas" on a class a launch gave a member list. */
    @Override
    @InstructorOnly
    public Optional<ExternalRoster> of(long classId) {
        if (!access.teaches(classId)) {
            return Optional.empty();
        }
        return roster.course(classId)
                .map(course -> new ExternalRoster(course.platform().getName(), "refresh-roster/" + classId));
    }

    /** What refreshing would change; nothing changes. Refused when the platform cannot give the list. */
    @InstructorOnly
    public RosterRefreshPlan dryRun(long classId) {
        var course = course(classId);
        return roster.plan(classId, course.platform(), read(course));
    }

    /**
     * Applies what the dry run {@code seen} showed, after reading the member list again: when the course
     * has changed since, nothing is applied and the person is asked to look at the new dry run.
     */
    @InstructorOnly
    public RosterRefreshResult apply(long classId, RosterRefreshPlan seen) {
        var course = course(classId);
        var plan = roster.plan(classId, course.platform(), read(course));
        if (!plan.sameChangesAs(seen)) {
            throw rejected("lti.roster.changed-meanwhile", plan.platformName());
        }
        if (!plan.changesAnything()) {
            throw rejected("lti.roster.nothing-to-change", plan.platformName());
        }
        return roster.apply(course.platform(), plan);
    }

    private PlatformRoster.Course course(long classId) {
        access.requireTeaches(classId);
        return roster.course(classId).orElseThrow(() -> rejected("lti.roster.not-linked"));
    }

    private List<Member> read(PlatformRoster.Course course) {
        try {
            return memberships.read(course.platform(), course.link().membershipsUrl());
        } catch (PlatformCallFailed failed) {
            LOG.warn(
                    "Could not read the member list of course {} from platform {}: {}",
                    course.link().contextId(),
                    course.platform().getId(),
                    failed.getMessage());
            throw rejected(
                    "lti.roster.failed." + failed.kind().name().toLowerCase(Locale.ROOT),
                    course.platform().getName());
        }
    }

    private static LtiRejectedException rejected(String key, Object... arguments) {
        return new LtiRejectedException("roster", Message.of(key, arguments));
    }
}
