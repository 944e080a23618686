package org.sourcework.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Sign-in with a school's OpenID Connect provider, on Spring Security's OAuth2 login (which checks state,
 * nonce and the id_token's signature, issuer, audience and expiry). After that the person is matched to a
 * Sourcework account ({@link SchoolAccounts}) and the session gets the very principal a password sign-in
 * gets, {@link SignedInUser} with the account's role and security stamp, so that an administrator's change
 * to the account ends it too (docs/decisions/0008). Nothing from the provider is kept in the session.
 */
final class SchoolSignIn
        implements OAuth2UserService<OidcUserRequest, OidcUser>,
                AuthenticationSuccessHandler,
                AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SchoolSignIn.class);

    /** Sourcework calls no API of the provider, so its access token is not kept anywhere. */
    static final OAuth2AuthorizedClientRepository KEEP_NO_TOKENS = new OAuth2AuthorizedClientRepository() {
        @Override
        public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(
                String registrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient client,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String registrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    };

    private final OidcUserService provider = new OidcUserService();
    private final SchoolAccounts accounts;
    private final SchoolSignInProviders providers;
    private final SecurityContextHolderStrategy holder;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final AuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();

    SchoolSignIn(SchoolAccounts accounts, SchoolSignInProviders providers, SecurityContextHolderStrategy holder) {
        this.accounts = accounts;
        this.providers = providers;
        this.holder = holder;
    }

    static SchoolSignIn of(HttpSecurity http) {
        var context = http.getSharedObject(ApplicationContext.class);
        return new SchoolSignIn(
                context.getBean(SchoolAccounts.class),
                context.getBean(SchoolSignInProviders.class),
                context.getBean(SecurityContextHolderStrategy.class));
    }

    /** Called by Spring Security once the id_token passed its checks: finds the account, or refuses. */
    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = provider.loadUser(request);
        var registration = request.getClientRegistration();
        var email = user.getEmail();
        var vouched = Boolean.TRUE.equals(user.getEmailVerified())
                || providers.trustsEmailOf(registration.getRegistrationId());
        var identity = new SchoolIdentity(
                registration.getClientName(),
                user.getIdToken().getClaimAsString(IdTokenClaimNames.ISS),
                user.getSubject(),
                vouched && email != null && !email.isBlank() ? email.strip() : null);
        try {
            return new SchoolUser(accounts.signIn(identity), user);
        } catch (AuthenticationException refused) {
            throw refused;
        } catch (RuntimeException fault) {
            // the database could not be reached: a fault of the server, not a refusal of the person
            throw new SignInUnavailableException(fault);
        }
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof SchoolUser school)) {
            throw new IllegalStateException("A school sign-in without a matched account");
        }
        var account = school.account;
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
        signedIn.setDetails(authentication.getDetails());
        // replaces the provider's token that Spring Security has just stored, in the session it already renewed
        var context = holder.createEmptyContext();
        context.setAuthentication(signedIn);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        onwards.onAuthenticationSuccess(request, response, signedIn);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        SchoolSignInProblem problem;
        if (failure instanceof SchoolSignInRefusedException refused) {
            problem = new SchoolSignInProblem("login.school." + refused.reason().key(), refused.shownAs());
        } else if (failure instanceof SignInUnavailableException fault) {
            log.error("A school sign-in failed because of a server fault: {}", String.valueOf(fault.getCause()));
            problem = new SchoolSignInProblem("login.unavailable", "");
        } else {
            // the person cancelled at the provider, or its answer failed a check (signature, nonce, expiry...)
            log.warn("A school sign-in failed: {}", failure.getMessage());
            problem = new SchoolSignInProblem("login.school.failed", "");
        }
        request.getSession(true).setAttribute(SchoolSignInProblem.ATTRIBUTE, problem);
        response.sendRedirect(request.getContextPath() + "/login?school");
    }

    /** The provider's person with the account they matched, carried from the match to the session. */
    static final class SchoolUser extends DefaultOidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        private final SignedInUser account;

        SchoolUser(SignedInUser account, OidcUser user) {
            super(account.getAuthorities(), user.getIdToken(), user.getUserInfo());
            this.account = account;
        }
    }
}
