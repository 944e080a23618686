package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sourcework.lti.LtiPlatformService;
import org.sourcework.lti.platform.CourseMember;
import org.sourcework.lti.platform.LinkedClasses;
import org.sourcework.lti.platform.LinkedClasses.Linked;
import org.sourcework.lti.platform.TestPlatform;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.security.AppRole;
import org.sourcework.support.RunAs;
import org.sourcework.users.NewUser;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WCAG 2.2 AA as far as axe-core tells, on the roster refresh screen with a dry run that adds, renames,
 * withdraws and keeps someone, on a laptop and a phone. An instructor of its own, so the demo school's
 * instructors' pages stay as the other journeys expect them.
 */
class RosterRefreshAccessibilityIT extends BrowserTestBase {

    private static final String TEACHER = "axe-roster-teacher";

    @Autowired
    RunAs runAs;

    @Autowired
    LtiPlatformService platforms;

    @Autowired
    LinkedClasses linkedClasses;

    @Autowired
    ClassAdminService classAdmin;

    @Autowired
    UserService users;

    TestPlatform platform;
    long classId;

    @BeforeAll
    void aClassLinkedToACourseOnTheTestPlatform() throws Exception {
        platform = new TestPlatform();
        platform.trustToolKeysAt("http://localhost:" + port() + "/lti/jwks");
        long platformId = runAs.user("admin", () -> platforms.register(null, platform.details("Axe LMS")))
                .id();
        var students = new ArrayList<Linked>();
        runAs.user("admin", () -> {
            users.create(new NewUser(TEACHER, "Ada Axe", "ada@school.example", AppRole.INSTRUCTOR, PASSWORD, false));
            for (var name : List.of("Lee Leaver", "Old Name")) {
                var student = users.create(new NewUser(
                        "axe-" + name.replace(' ', '-').toLowerCase(java.util.Locale.ROOT),
                        name,
                        "student@school.example",
                        AppRole.STUDENT,
                        PASSWORD,
                        false));
                students.add(new Linked(student.username(), name));
            }
        });
        classId = linkedClasses.create(
                platform,
                platformId,
                "course-axe",
                "Roster refresh axe class",
                new Linked(TEACHER, "axe-teacher"),
                students);
        platform.memberships()
                .members(
                        "course-axe",
                        CourseMember.instructor("axe-teacher", "Ada Axe"),
                        CourseMember.learner("Old Name", "Olga Newname"),
                        CourseMember.learner("axe-new", "Nia New"));
    }

    @AfterAll
    void stopThePlatformAndArchiveTheClass() {
        platform.close();
        // the demo term's active classes are counted by other browser tests of this server
        runAs.user("admin", () -> classAdmin.archive(classId));
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void the_roster_refresh_dry_run_has_no_serious_accessibility_violations(int width, int height) {
        page.signIn(TEACHER, PASSWORD);
        page.resize(width, height);
        page.open("refresh-roster/" + classId);
        page.awaitHeading("Refresh the roster from Axe LMS");
        page.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("roster-refresh-withdrawn")));
        // the folded list of those who stay, opened, so its contents are checked too
        page.driver()
                .findElement(By.cssSelector("vaadin-details.roster-refresh-stay"))
                .click();
        page.waitForVaadin();

        var findings = AxeFindings.of(page.driver());
        assertThat(findings.isEmpty())
                .as("axe-core found serious or critical violations at %s px:%n%s", width, findings.describe())
                .isTrue();
    }
}
