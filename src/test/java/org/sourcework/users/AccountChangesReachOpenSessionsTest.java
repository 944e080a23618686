package org.sourcework.users;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.analytics.ReviewExportService;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.SavedAnswer;
import org.sourcework.review.ClassOverviewService;
import org.sourcework.review.OverviewFilter;
import org.sourcework.roster.RosterQueries;
import org.sourcework.security.AccountChange;
import org.sourcework.security.AppRole;
import org.sourcework.security.SignedInUser;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * An administrator's change to an account reaches the sessions that account already has open: each
 * of their requests passes the real security filters and then calls the real services, as Vaadin
 * does when a student's answer is saved or an instructor opens a screen or downloads the export.
 */
@IntegrationTest
@Transactional
class AccountChangesReachOpenSessionsTest {

    private static final String QUESTION = "i-had-it-been-able";

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilters;

    @Autowired
    SecurityContextHolderStrategy holder;

    @Autowired
    WebApplicationContext application;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    UserAdminService admin;

    @Autowired
    ResponseService responses;

    @Autowired
    ReviewExportService export;

    @Autowired
    ClassOverviewService overview;

    @Autowired
    RosterQueries roster;

    @Autowired
    RunAs runAs;

    private long assignment;

    @BeforeEach
    void historyElevenA() {
        assignment = runAs.user("amira", () -> roster.myAssignments().getFirst().assignmentId());
    }

    @Test
    void a_disabled_students_open_session_ends_and_their_next_save_is_refused() throws Exception {
        var session = signedIn("amira");
        var before = request(session, () -> responses.save(assignment, QUESTION, new TextAnswer("first"), null));
        assertThat(before.refusal()).isNull();

        runAs.user("admin", () -> admin.setEnabled(idOf("amira"), false));

        var after = request(session, () -> responses.save(assignment, QUESTION, new TextAnswer("second"), 0));
        assertThat(after.refusal()).isInstanceOf(AccessDeniedException.class);
        assertThat(storedAnswer("amira").value()).isEqualTo(new TextAnswer("first"));
        assertThat(session.isInvalid()).isTrue();
        assertThat(after.nextSessionSays()).contains(AccountChange.DISABLED);
    }

    @Test
    void an_instructor_demoted_to_student_is_refused_the_class_overview_and_export_from_an_open_session()
            throws Exception {
        var session = signedIn("hughes");
        assertThat(request(session, this::exportCsv).refusal()).isNull();

        var hughes = runAs.user("admin", () -> admin.get(idOf("hughes")));
        runAs.user(
                "admin",
                () -> admin.update(
                        hughes.id(), hughes.version(), hughes.displayName(), hughes.email(), AppRole.STUDENT));

        var export = request(session, this::exportCsv);
        assertThat(export.refusal()).isInstanceOf(AccessDeniedException.class);
        assertThat(session.isInvalid()).isTrue();
        assertThat(export.nextSessionSays()).contains(AccountChange.CHANGED);
        // the browser's cookie still names the old session; whatever it sends next is refused too
        var screen = request(session, () -> overview.page(assignment, OverviewFilter.ALL, 0, 50));
        assertThat(screen.refusal()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_password_reset_by_an_administrator_ends_the_accounts_open_sessions() throws Exception {
        var session = signedIn("ben");

        runAs.user("admin", () -> admin.resetPassword(idOf("ben")));

        var after = request(session, () -> responses.myLessons());
        assertThat(after.refusal()).isInstanceOf(AccessDeniedException.class);
        assertThat(after.nextSessionSays()).contains(AccountChange.CHANGED);
    }

    @Test
    void an_administrator_who_resets_their_own_password_keeps_the_session_they_did_it_from() throws Exception {
        var session = signedIn("admin");
        var elsewhere = signedIn("admin");

        assertThat(request(session, () -> admin.resetPassword(idOf("admin"))).refusal())
                .isNull();

        assertThat(request(session, () -> admin.count(UserFilter.all())).refusal())
                .isNull();
        assertThat(session.isInvalid()).isFalse();
        assertThat(request(elsewhere, () -> admin.count(UserFilter.all())).refusal())
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_new_name_or_email_leaves_the_accounts_open_sessions_as_they_are() throws Exception {
        var session = signedIn("chloe");
        var chloe = runAs.user("admin", () -> admin.get(idOf("chloe")));

        runAs.user(
                "admin",
                () -> admin.update(
                        chloe.id(),
                        chloe.version(),
                        "Chloé Martin-Roux",
                        "chloe.roux@school.example",
                        AppRole.STUDENT));

        assertThat(request(session, () -> responses.myLessons()).refusal()).isNull();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void an_unchanged_account_keeps_its_session_across_requests() throws Exception {
        var session = signedIn("hughes");
        runAs.user("admin", () -> admin.setEnabled(idOf("amira"), false));

        for (var i = 0; i < 3; i++) {
            assertThat(request(session, () -> overview.count(assignment, OverviewFilter.ALL))
                            .refusal())
                    .isNull();
        }
        assertThat(session.isInvalid()).isFalse();
    }

    private Object exportCsv() {
        var out = new ByteArrayOutputStream();
        export.exportCsv(assignment, Locale.ROOT, out);
        return out.size();
    }

    /** A browser's session just after signing in: the security context stored in it, as sign-in stores it. */
    private MockHttpSession signedIn(String username) {
        var principal = (SignedInUser) accounts.loadUserByUsername(username);
        var context = holder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        var session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return session;
    }

    /** One Vaadin request of that session through the security filters, running {@code work} as a view would. */
    private Attempt request(MockHttpSession session, Work work) throws Exception {
        // the application's own servlet context, where request matchers such as the management port's find it
        var request = new MockHttpServletRequest(application.getServletContext(), "POST", "/");
        request.setParameter("v-r", "uidl");
        request.setParameter("v-uiId", "0");
        request.setSession(session);
        var refusal = new RuntimeException[1];
        var reached = new boolean[1];
        securityFilters.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            reached[0] = true;
            try {
                work.run();
            } catch (RuntimeException e) {
                refusal[0] = e;
            }
        });
        assertThat(reached[0]).as("the request reached the application").isTrue();
        var next = request.getSession(false);
        var says = next == null || next == session
                ? Optional.<AccountChange>empty()
                : AccountChange.named(next.getAttribute(AccountChange.ATTRIBUTE));
        return new Attempt(refusal[0], says);
    }

    private long idOf(String username) {
        return ((SignedInUser) accounts.loadUserByUsername(username)).id();
    }

    private SavedAnswer storedAnswer(String username) {
        return runAs.user(username, () -> responses.open(assignment)).answers().get(QUESTION);
    }

    @FunctionalInterface
    private interface Work {
        Object run();
    }

    /** What became of a request: the service's refusal, if any, and the notice left for the sign-in page. */
    private record Attempt(@Nullable RuntimeException refusal, Optional<AccountChange> nextSessionSays) {}
}
