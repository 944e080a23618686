package org.sourcework.lti.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sourcework.base.domain.AbstractEntity;
import org.sourcework.lti.PlatformDetails;

@Entity
@Table(name = "lti_platform")
public class Platform extends AbstractEntity<Long> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lti_platform_seq")
    @SequenceGenerator(name = "lti_platform_seq", sequenceName = "lti_platform_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "issuer", nullable = false, length = 500)
    private String issuer;

    @Column(name = "client_id", nullable = false, length = 255)
    private String clientId;

    @Column(name = "jwks_url", nullable = false, length = 1000)
    private String jwksUrl;

    @Column(name = "auth_url", nullable = false, length = 1000)
    private String authUrl;

    @Column(name = "token_url", nullable = false, length = 1000)
    private String tokenUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lti_deployment", joinColumns = @JoinColumn(name = "platform_id"))
    @Column(name = "deployment_id", nullable = false, length = 255)
    private Set<String> deploymentIds = new LinkedHashSet<>();

    protected Platform() {}

    public Platform(PlatformDetails details, Instant now) {
        this.createdAt = now;
        change(details);
    }

    /** Takes over checked details. */
    public void change(PlatformDetails details) {
        name = details.name();
        issuer = details.issuer();
        clientId = details.clientId();
        jwksUrl = details.jwksUrl();
        authUrl = details.authUrl();
        tokenUrl = details.tokenUrl();
        deploymentIds.retainAll(details.deploymentIds());
        deploymentIds.addAll(details.deploymentIds());
    }

    public PlatformDetails details() {
        return new PlatformDetails(name, issuer, clientId, List.copyOf(deploymentIds), jwksUrl, authUrl, tokenUrl);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getJwksUrl() {
        return jwksUrl;
    }

    public String getAuthUrl() {
        return authUrl;
    }

    public boolean hasDeployment(String deploymentId) {
        return deploymentIds.contains(deploymentId);
    }
}
