package org.sourcework.operations;

import org.springframework.boot.actuate.endpoint.EndpointFilter;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Serves {@code /actuator/backup} only when the database is an H2 file. Decided when the endpoints are
 * discovered at start, not by a condition on the bean: the production jar's bean definitions are
 * generated at build time, with the default H2 address, and a school moves to PostgreSQL by setting
 * {@code SPRING_DATASOURCE_URL} at start (docs/decisions/0021-spring-aot.md).
 */
@Component
class OnlyOnH2 implements EndpointFilter<ExposableWebEndpoint> {

    private final boolean h2File;

    OnlyOnH2(Environment environment) {
        this.h2File = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:file:");
    }

    @Override
    public boolean match(ExposableWebEndpoint endpoint) {
        return h2File || !H2BackupEndpoint.ID.equals(endpoint.getEndpointId().toString());
    }
}
