package org.sourcework.security;

import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The school's OpenID Connect registrations ({@code spring.security.oauth2.client.*}), read when the
 * application starts; none is a valid answer. Spring Boot's own repository exists only when its condition
 * found registrations, and the production jar's conditions are decided when it is built, where there are
 * none: with this one a school adds a provider at start (docs/decisions/0021-spring-aot.md).
 */
@Component
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class SchoolSignInRegistrations implements ClientRegistrationRepository, Iterable<ClientRegistration> {

    private final Map<String, ClientRegistration> registrations;

    SchoolSignInRegistrations(OAuth2ClientProperties properties) {
        this.registrations = Map.copyOf(new OAuth2ClientPropertiesMapper(properties).asClientRegistrations());
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return registrations.get(registrationId);
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        return registrations.values().iterator();
    }

    boolean any() {
        return !registrations.isEmpty();
    }
}
