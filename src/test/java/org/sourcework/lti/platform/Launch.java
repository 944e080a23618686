package org.sourcework.lti.platform;

import java.time.Duration;

/**
 * What the test platform's id_token for one launch says; the withers add one fault each.
 * Roles are the LIS v2 membership roles of LTI 1.3 (Learner, Instructor).
 */
public record Launch(
        String subject,
        String name,
        String role,
        String contextId,
        String contextTitle,
        String resourceLinkId,
        String deploymentId,
        String issuer,
        String audience,
        Duration expiresIn,
        boolean forged,
        String nonce) {

    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    public static Launch of(String subject, String name, String role, String contextId) {
        return new Launch(
                subject,
                name,
                role,
                contextId,
                "Course " + contextId,
                "link-" + contextId,
                TestPlatform.DEPLOYMENT_ID,
                null,
                null,
                Duration.ofMinutes(5),
                false,
                null);
    }

    public Launch resourceLink(String id) {
        return new Launch(
                subject,
                name,
                role,
                contextId,
                contextTitle,
                id,
                deploymentId,
                issuer,
                audience,
                expiresIn,
                forged,
                nonce);
    }

    public Launch signedByAForger() {
        return new Launch(
                subject,
                name,
                role,
                contextId,
                contextTitle,
                resourceLinkId,
                deploymentId,
                issuer,
                audience,
                expiresIn,
                true,
                nonce);
    }

    public Launch audience(String other) {
        return new Launch(
                subject,
                name,
                role,
                contextId,
                contextTitle,
                resourceLinkId,
                deploymentId,
                issuer,
                other,
                expiresIn,
                forged,
                nonce);
    }

    public Launch expiredFor(Duration ago) {
        return new Launch(
                subject,
                name,
                role,
                contextId,
                contextTitle,
                resourceLinkId,
                deploymentId,
                issuer,
                audience,
                ago.negated(),
                forged,
                nonce);
    }

    public Launch deployment(String other) {
        return new Launch(
                subject,
                name,
                role,
                contextId,
                contextTitle,
                resourceLinkId,
                other,
                issuer,
                audience,
                expiresIn,
                forged,
                nonce);
    }

    public Launch issuer(String other) {
        return new Launch(
                subject,
                name,
                role,
                contextId,
                contextTitle,
                resourceLinkId,
                deploymentId,
                other,
                audience,
                expiresIn,
                forged,
                nonce);
    }

    public Launch nonce(String earlier) {
        return new Launch(
                subject,
                name,
                role,
                contextId,
                contextTitle,
                resourceLinkId,
                deploymentId,
                issuer,
                audience,
                expiresIn,
                forged,
                earlier);
    }
}
