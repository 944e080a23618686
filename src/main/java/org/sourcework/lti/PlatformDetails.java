package org.sourcework.lti;

import java.util.List;

/**
 * A learning platform as its administrator registers it (1EdTech Security Framework 5.1.1): the issuer
 * and client id the platform puts in its id_tokens, the deployments allowed to launch, and where its
 * public keys, its authorisation endpoint and its token endpoint are.
 */
public record PlatformDetails(
        String name,
        String issuer,
        String clientId,
        List<String> deploymentIds,
        String jwksUrl,
        String authUrl,
        String tokenUrl) {

    public static PlatformDetails empty() {
        return new PlatformDetails("", "", "", List.of(), "", "", "");
    }
}
