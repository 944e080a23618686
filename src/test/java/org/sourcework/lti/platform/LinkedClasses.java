package org.sourcework.lti.platform;

import java.util.List;
import org.sourcework.lti.internal.LaunchLinks;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.support.RunAs;
import org.sourcework.users.UserService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Classes linked to a course of a test platform as launches would have left them, for the roster refresh
 * tests: the instructor and students already in the class are linked to their platform ids, and the
 * course's member list address is kept. What the platform's member list now says is up to each test.
 */
@Component
public class LinkedClasses {

    /** Someone in a linked class: their Sourcework username and their user id on the platform. */
    public record Linked(String username, String subject) {}

    private final RunAs runAs;
    private final ClassAdminService classAdmin;
    private final ClassRosterService classRoster;
    private final UserService users;
    private final LaunchLinks links;
    private final JdbcClient jdbc;

    LinkedClasses(
            RunAs runAs,
            ClassAdminService classAdmin,
            ClassRosterService classRoster,
            UserService users,
            LaunchLinks links,
            JdbcClient jdbc) {
        this.runAs = runAs;
        this.classAdmin = classAdmin;
        this.classRoster = classRoster;
        this.users = users;
        this.links = links;
        this.jdbc = jdbc;
    }

    /**
     * A new class with this name, linked to the course with this context id on the platform registered
     * under this id, taught by the instructor and with these students enrolled. Returns the class's id.
     */
    public long create(
            TestPlatform platform,
            long platformId,
            String contextId,
            String className,
            Linked instructor,
            List<Linked> students) {
        return runAs.user("admin", () -> {
            // a term the school already uses, so the newest term stays the demo school's
            var term = jdbc.sql("select term from school_class where name = 'History 11B'")
                    .query(String.class)
                    .single();
            long classId = classAdmin.create(className, term).id();
            classRoster.addInstructor(classId, instructor.username());
            link(platformId, instructor);
            for (var student : students) {
                classRoster.enrolStudent(classId, student.username());
                link(platformId, student);
            }
            links.linkClass(platformId, contextId, classId);
            links.keepMemberships(platformId, contextId, platform.memberships().url(contextId), List.of("2.0"));
            return classId;
        });
    }

    private void link(long platformId, Linked person) {
        links.linkUser(
                platformId,
                person.subject(),
                users.findByUsername(person.username()).orElseThrow().id());
    }
}
