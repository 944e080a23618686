package org.sourcework.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sourcework.security.ui.LoginView;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
// @PreAuthorize on services only: with jsr250Enabled, Spring would also wrap every view that carries
// @RolesAllowed in a CGLIB proxy on each navigation. Views are guarded by Vaadin's access checker.
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // Vaadin sets the login page; it keeps a failure handler that is already there
        http.formLogin(form -> form.failureHandler(SecurityConfig::signInFailed));
        return http.build();
    }

    /**
     * A locked account (too many failed sign-ins) gets its own message; every other failure the same
     * one, so the page never tells which of username and password was wrong.
     */
    static void signInFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        var query = failure instanceof LockedException ? "?locked" : "?error";
        response.sendRedirect(request.getContextPath() + "/login" + query);
    }

    /** Delegating encoder: bcrypt today, and hashes name their algorithm so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
