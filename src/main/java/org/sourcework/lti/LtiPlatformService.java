package org.sourcework.lti;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.sourcework.audit.AuditLog;
import org.sourcework.base.Message;
import org.sourcework.lti.internal.Platform;
import org.sourcework.lti.internal.PlatformRepository;
import org.sourcework.security.AdminOnly;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering learning platforms: administrators only. */
@Service
@Transactional
public class LtiPlatformService {

    private final PlatformRepository platforms;
    private final AuditLog audit;
    private final Clock clock;

    LtiPlatformService(PlatformRepository platforms, AuditLog audit, Clock clock) {
        this.platforms = platforms;
        this.audit = audit;
        this.clock = clock;
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public List<PlatformRow> page(int offset, int limit) {
        return platforms
                .findAllByOrderByNameAscIdAsc(PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1)))
                .stream()
                .map(LtiPlatformService::row)
                .toList();
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public long count() {
        return platforms.count();
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public Optional<PlatformRow> find(long id) {
        return platforms.findById(id).map(LtiPlatformService::row);
    }

    /** Adds a platform (id null) or changes one; every field is checked and all problems reported at once. */
    @AdminOnly
    public PlatformRow register(Long id, PlatformDetails given) {
        var details = clean(given);
        var problems = new LinkedHashMap<>(PlatformRules.problems(details));
        platforms
                .findByIssuerAndClientId(details.issuer(), details.clientId())
                .filter(other -> !other.getId().equals(id))
                .ifPresent(other ->
                        problems.put("clientId", Message.of("lti.rejected.registered-twice", other.getName())));
        if (!problems.isEmpty()) {
            throw new LtiRejectedException(problems);
        }
        Platform platform;
        if (id == null) {
            platform = platforms.save(new Platform(details, clock.instant()));
            audit.record("lti.platform.added", "lti-platform", platform.getId().toString(), describe(details));
        } else {
            platform = platforms
                    .findById(id)
                    .orElseThrow(() -> new LtiRejectedException("name", Message.of("lti.rejected.platform-gone")));
            platform.change(details);
            audit.record("lti.platform.changed", "lti-platform", id.toString(), describe(details));
        }
        return row(platform);
    }

    private static PlatformDetails clean(PlatformDetails d) {
        var deployments = d.deploymentIds().stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new PlatformDetails(
                d.name().strip(),
                d.issuer().strip(),
                d.clientId().strip(),
                deployments,
                d.jwksUrl().strip(),
                d.authUrl().strip(),
                d.tokenUrl().strip());
    }

    private static String describe(PlatformDetails d) {
        return "name=" + d.name() + ", issuer=" + d.issuer() + ", client_id=" + d.clientId() + ", deployments="
                + String.join(" ", d.deploymentIds());
    }

    private static PlatformRow row(Platform platform) {
        return new PlatformRow(platform.getId(), platform.details());
    }
}
