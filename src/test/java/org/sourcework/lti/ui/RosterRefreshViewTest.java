package org.sourcework.lti.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sourcework.base.ui.NotFoundView;
import org.sourcework.home.ui.InstructorHomeView;
import org.sourcework.lti.LtiPlatformService;
import org.sourcework.lti.internal.ToolKeys;
import org.sourcework.lti.platform.CourseMember;
import org.sourcework.lti.platform.LinkedClasses;
import org.sourcework.lti.platform.LinkedClasses.Linked;
import org.sourcework.lti.platform.TestPlatform;
import org.sourcework.security.AppRole;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.users.NewUser;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster refresh screen against the test platform. Each test makes its platform, class and people in
 * its own transaction, rolled back after; the platform's token endpoint checks the tool's signature with
 * the tool's public keys, served here because this test runs without a web server.
 */
@IntegrationTest
@Transactional
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterRefreshViewTest extends SpringBrowserlessTest {

    @Autowired
    RunAs runAs;

    @Autowired
    LtiPlatformService platforms;

    @Autowired
    LinkedClasses linkedClasses;

    @Autowired
    UserService users;

    @Autowired
    ToolKeys toolKeys;

    TestPlatform platform;
    HttpServer toolJwks;

    @BeforeAll
    void startThePlatformAndPublishTheToolsKeys() throws Exception {
        // made and committed here, outside the tests' transactions, so the key set served below has it
        toolKeys.publicSet();
        toolJwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        toolJwks.createContext("/jwks", exchange -> {
            var body = toolKeys.publicSet().toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        toolJwks.start();
        platform = new TestPlatform();
        platform.trustToolKeysAt("http://localhost:" + toolJwks.getAddress().getPort() + "/jwks");
    }

    @AfterAll
    void stop() {
        platform.close();
        toolJwks.stop(0);
    }

    /**
     * A class okafor teaches, linked to a course on "View LMS" that gave its member list at a launch, with
     * one linked student, "Lee Leaver"; the course now has okafor and a new student.
     */
    private long linkedClassOfOkafor(String contextId) {
        return runAs.user("admin", () -> {
            long platformId =
                    platforms.register(null, platform.details("View LMS")).id();
            var leaver = users.create(new NewUser(
                    "leaver-" + contextId,
                    "Lee Leaver",
                    "lee@school.example",
                    AppRole.STUDENT,
                    UUID.randomUUID().toString(),
                    false));
            long classId = linkedClasses.create(
                    platform,
                    platformId,
                    contextId,
                    "Roster view " + contextId,
                    new Linked("okafor", "okafor-on-the-platform"),
                    List.of(new Linked(leaver.username(), "leaver")));
            platform.memberships()
                    .members(
                            contextId,
                            CourseMember.instructor("okafor-on-the-platform", "Chidi Okafor"),
                            CourseMember.learner("newcomer", "Nia New"));
            return classId;
        });
    }

    private List<String> group(String id) {
        return find(UnorderedList.class)
                .withId("roster-refresh-" + id)
                .single()
                .getChildren()
                .map(item -> ((ListItem) item).getText())
                .toList();
    }

    private Button confirm() {
        return find(Button.class).withId("roster-refresh-confirm").single();
    }

    @Test
    @WithUserDetails("okafor")
    void the_dry_run_lists_who_is_added_and_withdrawn_and_confirming_applies_it() {
        long classId = linkedClassOfOkafor("course-view-1");

        navigate("refresh-roster/" + classId, RosterRefreshView.class);

        assertThat(group("students-added")).containsExactly("Nia New");
        assertThat(group("withdrawn")).containsExactly("Lee Leaver");
        assertThat(group("stay")).containsExactly("Chidi Okafor");
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Refresh the roster from View LMS", "Nothing changes until you confirm");
        assertThat(confirm().isEnabled()).isTrue();

        test(confirm()).click();

        assertThat(find(Paragraph.class).withId("roster-refresh-done").single().getText())
                .isEqualTo("Done: 1 person added, nobody back in the class, no names or emails changed,"
                        + " 1 student withdrawn.");
        assertThat(find(Paragraph.class)
                        .withId("roster-refresh-nothing")
                        .single()
                        .getText())
                .isEqualTo("Nothing to change: Roster view course-view-1 already matches the course on View LMS.");
        assertThat(confirm().isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("okafor")
    void a_platform_error_is_said_plainly_and_nothing_can_be_confirmed() {
        long classId = linkedClassOfOkafor("course-view-2");
        platform.memberships().fail("course-view-2");

        navigate("refresh-roster/" + classId, RosterRefreshView.class);

        var problem = find(Paragraph.class).withId("roster-refresh-problem").single();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText())
                .isEqualTo("View LMS answered with an error instead of the course's members, so the roster was not"
                        + " refreshed. Try again later; if it keeps happening, tell your school's administrator.");
        assertThat(confirm().isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("okafor")
    void the_home_page_offers_the_refresh_only_on_the_linked_class() {
        long classId = linkedClassOfOkafor("course-view-3");

        navigate(InstructorHomeView.class);

        var refresh =
                find(Anchor.class).withClassName("class-card-refresh-roster").single();
        assertThat(refresh.getText()).isEqualTo("Refresh the roster from View LMS");
        assertThat(refresh.getHref()).isEqualTo("refresh-roster/" + classId);
    }

    @Test
    @WithUserDetails("hughes")
    void an_instructor_of_another_class_gets_the_not_found_page() {
        long classId = linkedClassOfOkafor("course-view-4");

        UI.getCurrent().navigate("refresh-roster/" + classId);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
