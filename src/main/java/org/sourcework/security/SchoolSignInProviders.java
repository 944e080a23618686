package org.sourcework.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The schools' OpenID Connect providers, as configured under {@code spring.security.oauth2.client.*}
 * (docs/operations.md, "School sign-in"). None configured: the sign-in page has only the password form.
 */
@Component
public class SchoolSignInProviders {

    /** A provider as the sign-in page offers it: its registration id and the name on its button. */
    public record Provider(String id, String name) {

        /** Where the button goes: Spring Security sends the browser on to the provider from there. */
        public String signInPath() {
            return "oauth2/authorization/" + id;
        }
    }

    private final List<Provider> providers;
    private final Set<String> trustEmailFrom;

    SchoolSignInProviders(
            ObjectProvider<ClientRegistrationRepository> registrations,
            @Value("${sourcework.sign-in.trust-email-from:}") Set<String> trustEmailFrom) {
        var found = new ArrayList<Provider>();
        // Spring Boot's repository lists its registrations; a repository that cannot list them offers no buttons
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (var registration : all) {
                if (registration instanceof ClientRegistration client
                        && client.getScopes().contains("openid")) {
                    found.add(new Provider(client.getRegistrationId(), client.getClientName()));
                }
            }
        }
        this.providers = List.copyOf(found);
        this.trustEmailFrom = Set.copyOf(trustEmailFrom);
    }

    public List<Provider> all() {
        return providers;
    }

    public boolean any() {
        return !providers.isEmpty();
    }

    /**
     * Whether this provider's {@code email} claim is trusted without {@code email_verified}: Microsoft Entra ID
     * sends no such claim, and in a school's own (single-tenant) directory only its administrators set
     * addresses. Never turn this on for a provider where people choose their own address.
     */
    boolean trustsEmailOf(String registrationId) {
        return trustEmailFrom.contains(registrationId);
    }
}
