package org.sourcework.base.health;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Health answers without signing in, for the load balancer and the operator's monitoring. It is served
 * only on the management port, which binds to loopback unless the operator says otherwise, so the
 * public port never shows it; no session is created for a check. The other management endpoints (the
 * H2 backup) write to the server's disk, so they answer only callers on the server itself, even when
 * the port is opened to the load balancer's network.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

    private static final IpAddressMatcher LOOPBACK_V4 = new IpAddressMatcher("127.0.0.0/8");
    private static final IpAddressMatcher LOOPBACK_V6 = new IpAddressMatcher("::1");

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementEndpoints(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health"))
                        .permitAll()
                        .anyRequest()
                        .access((authentication, context) ->
                                new AuthorizationDecision(fromThisServer(context.getRequest()))))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    static boolean fromThisServer(HttpServletRequest request) {
        return LOOPBACK_V4.matches(request) || LOOPBACK_V6.matches(request);
    }
}
