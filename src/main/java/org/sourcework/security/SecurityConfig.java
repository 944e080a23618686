package org.sourcework.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcework.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration
@EnableWebSecurity
// @PreAuthorize on services only: with jsr250Enabled, Spring would also wrap every view that carries
// @RolesAllowed in a CGLIB proxy on each navigation. Views are guarded by Vaadin's access checker.
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    static final RequestMatcher SIGN_IN_FORM =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    static final String[] LTI_ENDPOINTS = {
        "/lti/login", "/lti/launch", "/lti/launch/check", "/lti/jwks", "/lti/session-ended"
    };

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            RequestUtil vaadinRequests,
            ObjectProvider<FramingPolicy> framing,
            SchoolSignInRegistrations schoolProviders)
            throws Exception {
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        // LTI 1.3: a learning platform's browser redirects and form posts arrive here before anyone is
        // signed in; the launch checks its own state, nonce and signed id_token instead of a CSRF token
        http.authorizeHttpRequests(auth -> auth.requestMatchers(LTI_ENDPOINTS).permitAll());
        // LTI deep linking: the plain page that posts a signed-in instructor's answer back to their platform
        // (not a Vaadin route, which Vaadin's rules would refuse); its service checks whose answer it is
        http.authorizeHttpRequests(auth ->
                auth.requestMatchers(HttpMethod.GET, "/lti/deep-link/*/return").authenticated());
        // Vaadin's own CSRF setup exempts the sign-in form, so any site could sign a browser into an
        // account of the attacker's choosing (login CSRF). We keep Vaadin's other exemption (its own
        // requests carry Vaadin's own token) and check the form like every other POST: the page's
        // _csrf meta tag, which vaadin-login-form sends with the form, must match the session's.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .ignoringRequestMatchers(LTI_ENDPOINTS));
        http.addFilterBefore(new CrossSiteSignInFilter(SIGN_IN_FORM), CsrfFilter.class);
        http.exceptionHandling(
                handling -> handling.defaultAccessDeniedHandlerFor(SecurityConfig::signInPageExpired, SIGN_IN_FORM));
        // Vaadin sets the login page; it keeps a failure handler that is already there
        http.formLogin(form -> form.failureHandler(SecurityConfig::signInFailed));
        if (schoolProviders.any()) {
            // school sign-in (OpenID Connect) from the sign-in page's buttons; without a provider configured
            // the app has only the password form (docs/decisions/0020)
            var school = SchoolSignIn.of(http);
            http.oauth2Login(login -> login.loginPage("/login")
                    // only OpenID Connect: a plain OAuth2 registration proves no identity and is refused
                    .userInfoEndpoint(
                            userInfo -> userInfo.oidcUserService(school).userService(request -> {
                                throw new OAuth2AuthenticationException(new OAuth2Error("not_openid_connect"));
                            }))
                    .authorizedClientRepository(SchoolSignIn.KEEP_NO_TOKENS)
                    .successHandler(school)
                    .failureHandler(school));
        }
        http.addFilterBefore(AccountChangeFilter.of(http), AnonymousAuthenticationFilter.class);
        var framingPolicy = framing.getIfAvailable(() -> request -> Set.of());
        http.headers(headers -> SecurityHeaders.configure(headers, framingPolicy));
        return http.build();
    }

    /**
     * Every wrong password or unknown name gets the same message, so the page never tells which was
     * wrong; too many of them in a row say how long to wait; a fault of the server says so. The right
     * password of a role whose passwords are turned off points to the school sign-in instead.
     */
    static void signInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String query;
        if (failure instanceof PasswordsTurnedOffException) {
            query = "?passwords-off";
        } else if (failure instanceof SignInDelayedException delayed) {
            query = "?wait=" + delayed.seconds();
        } else if (failure instanceof AuthenticationServiceException) {
            var cause = NestedExceptionUtils.getMostSpecificCause(failure);
            LOG.error(
                    "Sign-in failed because of a server fault, not a wrong password: {}: {}",
                    cause.getClass().getName(),
                    cause.getMessage());
            query = "?unavailable";
        } else {
            query = "?error";
        }
        response.sendRedirect(request.getContextPath() + "/login" + query);
    }

    /**
     * A sign-in post without the session's CSRF token: a page left open across a server restart, or
     * another site's form. Either way nobody is signed in; a person is asked to sign in again.
     */
    static void signInPageExpired(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?expired");
    }

    /** Delegating encoder: bcrypt today, and hashes name their algorithm so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
