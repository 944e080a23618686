package org.sourcework.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.Filter;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sourcework.security.AppRole;
import org.sourcework.security.CurrentUser;
import org.sourcework.support.RunAs;
import org.sourcework.support.TestSchoolProvider;
import org.sourcework.support.TestSchoolProvider.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.WebApplicationContext;

/**
 * School sign-in (OpenID Connect) against the test provider, through real HTTP: the provider's redirects,
 * Spring Security's checks of its id_token, the match to an account, and the session that follows. Its own
 * context, because the provider must be configured before the app starts (discovery runs at start), and
 * passwords are turned off for students here.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolSignInTest {

    static final TestSchoolProvider PROVIDER = new TestSchoolProvider();
    static final String PASSPHRASE = "a long enough passphrase 7";
    static final String WHO_IS_SIGNED_IN = "/styles/test-who-is-signed-in";

    @DynamicPropertySource
    static void theSchoolsProvider(DynamicPropertyRegistry registry) {
        var registration = "spring.security.oauth2.client.registration.school.";
        registry.add(registration + "client-id", () -> TestSchoolProvider.CLIENT_ID);
        registry.add(registration + "client-secret", () -> TestSchoolProvider.CLIENT_SECRET);
        registry.add(registration + "client-name", () -> "Test School");
        registry.add(registration + "scope", () -> "openid,email,profile");
        registry.add("spring.security.oauth2.client.provider.school.issuer-uri", PROVIDER::issuer);
        registry.add("sourcework.sign-in.passwords.disabled-for", () -> "STUDENT");
    }

    /**
     * Says who the session is signed in as, the way every service sees it ({@link CurrentUser}), after the
     * whole security chain (so also after decision 8's check of the account). Under /styles/, which the
     * chain lets anyone reach: other paths outside Vaadin's routes are refused even when signed in.
     */
    @TestConfiguration
    static class WhoIsSignedIn {
        @Bean
        FilterRegistrationBean<Filter> whoIsSignedIn(CurrentUser currentUser) {
            var registration = new FilterRegistrationBean<Filter>((request, response, chain) -> {
                response.setContentType("text/plain");
                response.getWriter()
                        .write(currentUser
                                .get()
                                .map(user -> user.getUsername() + " " + user.role())
                                .orElse("nobody"));
            });
            registration.addUrlPatterns(WHO_IS_SIGNED_IN);
            return registration;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    RunAs runAs;

    @Autowired
    UserAdminService admin;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    @AfterAll
    void stopTheProvider() {
        PROVIDER.close();
    }

    private ManagedUser account(String username, String email, AppRole role) {
        return runAs.user(
                        "admin",
                        () -> admin.create(new NewUser(username, "School " + username, email, role, PASSPHRASE, false)))
                .user();
    }

    /** "username ROLE" of the session, or "nobody". */
    private static String signedInAs(SchoolBrowser browser) throws IOException, InterruptedException {
        var answer = browser.open(WHO_IS_SIGNED_IN);
        return answer.status() == 200 ? answer.body() : "no answer (" + answer.status() + " " + answer.location() + ")";
    }

    private String lastAudit() {
        return jdbc.sql("select action || ' ' || coalesce(details, '') from audit_event order by id desc limit 1")
                .query(String.class)
                .single();
    }

    @Test
    void a_person_is_matched_by_their_verified_email_and_later_by_the_stored_subject_when_the_email_changed()
            throws Exception {
        account("ada-school", "ada@school.example", AppRole.STUDENT);
        PROVIDER.signsIn(Person.withEmail("sub-ada", "Ada@School.example"));
        var browser = new SchoolBrowser(port);

        assertThat(browser.signInWith("school")).isEqualTo("/");
        assertThat(signedInAs(browser)).isEqualTo("ada-school STUDENT");
        assertThat(lastAudit()).isEqualTo("school-sign-in.linked provider=Test School; email=Ada@School.example");

        PROVIDER.signsIn(Person.withEmail("sub-ada", "ada.lovelace@another-school.example"));
        var later = new SchoolBrowser(port);

        assertThat(later.signInWith("school")).isEqualTo("/");
        assertThat(signedInAs(later)).isEqualTo("ada-school STUDENT");
    }

    @Test
    void a_person_whom_no_account_matches_is_sent_back_to_sign_in_and_the_refusal_is_audited() throws Exception {
        PROVIDER.signsIn(Person.withEmail("sub-nobody", "nobody@school.example"));
        var browser = new SchoolBrowser(port);

        assertThat(browser.signInWith("school")).isEqualTo("/login?school");
        assertThat(signedInAs(browser)).isEqualTo("nobody");
        assertThat(lastAudit())
                .isEqualTo(
                        "school-sign-in.refused provider=Test School; email=nobody@school.example; reason=no-account");
    }

    @Test
    void an_email_the_provider_has_not_confirmed_matches_no_account() throws Exception {
        account("bo-school", "bo@school.example", AppRole.STUDENT);
        PROVIDER.signsIn(new Person("sub-bo", "bo@school.example", false));
        var browser = new SchoolBrowser(port);

        assertThat(browser.signInWith("school")).isEqualTo("/login?school");
        assertThat(signedInAs(browser)).isEqualTo("nobody");
        assertThat(lastAudit()).endsWith("email=none; reason=no-verified-email");
    }

    @Test
    void a_disabled_account_is_refused() throws Exception {
        var cy = account("cy-school", "cy@school.example", AppRole.INSTRUCTOR);
        runAs.user("admin", () -> admin.setEnabled(cy.id(), false));
        PROVIDER.signsIn(Person.withEmail("sub-cy", "cy@school.example"));
        var browser = new SchoolBrowser(port);

        assertThat(browser.signInWith("school")).isEqualTo("/login?school");
        assertThat(signedInAs(browser)).isEqualTo("nobody");
        assertThat(lastAudit()).endsWith("email=cy@school.example; reason=disabled");
    }

    @Test
    void an_administrators_change_to_the_account_ends_a_school_session_at_its_next_request() throws Exception {
        var dee = account("dee-school", "dee@school.example", AppRole.INSTRUCTOR);
        PROVIDER.signsIn(Person.withEmail("sub-dee", "dee@school.example"));
        var browser = new SchoolBrowser(port);
        browser.signInWith("school");
        assertThat(signedInAs(browser)).isEqualTo("dee-school INSTRUCTOR");

        runAs.user("admin", () -> admin.setEnabled(dee.id(), false));

        assertThat(signedInAs(browser)).isEqualTo("nobody");
        // and the stored link does not get round it
        assertThat(new SchoolBrowser(port).signInWith("school")).isEqualTo("/login?school");
    }

    @Test
    void a_student_whose_passwords_are_turned_off_is_refused_by_the_form_but_signs_in_with_the_school()
            throws Exception {
        var form = new SignInForm(context);

        assertThat(form.attempt("amira", SignInForm.PASSWORD, "10.16.0.1")).isEqualTo("/login?passwords-off");
        // a wrong password says only that, so the form tells a guesser nothing about the role
        assertThat(form.attempt("ben", "not the password", "10.16.0.2")).isEqualTo("/login?error");
        // other roles keep their passwords
        assertThat(form.attempt("hughes", SignInForm.PASSWORD, "10.16.0.3")).isEqualTo("/");

        PROVIDER.signsIn(Person.withEmail("sub-amira", "amira@demo.sourcework.org"));
        var browser = new SchoolBrowser(port);
        assertThat(browser.signInWith("school")).isEqualTo("/");
        assertThat(signedInAs(browser)).isEqualTo("amira STUDENT");
    }

    @Test
    void a_student_whose_passwords_are_turned_off_has_no_password_to_change() {
        runAs.user("chloe", () -> {
            assertThat(users.signsInOnlyWithSchool()).isTrue();
            assertThatThrownBy(() -> users.changeOwnPassword(SignInForm.PASSWORD, "a new long passphrase 8"))
                    .isInstanceOfSatisfying(
                            UserRejectedException.class,
                            rejected -> assertThat(rejected.message().key()).isEqualTo("user.rejected.passwords-off"));
        });
        runAs.user("okafor", () -> assertThat(users.signsInOnlyWithSchool()).isFalse());
    }
}
