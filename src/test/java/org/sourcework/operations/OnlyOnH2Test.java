package org.sourcework.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.mock.env.MockEnvironment;

class OnlyOnH2Test {

    @Test
    void on_an_h2_file_the_backup_endpoint_is_served() {
        var filter = new OnlyOnH2(database("jdbc:h2:file:/var/lib/sourcework/sourcework;MODE=PostgreSQL"));

        assertThat(filter.match(endpoint("backup"))).isTrue();
        assertThat(filter.match(endpoint("health"))).isTrue();
    }

    @Test
    void on_postgresql_set_at_start_the_backup_endpoint_is_hidden_and_health_is_not() {
        var filter = new OnlyOnH2(database("jdbc:postgresql://db.school.example:5432/sourcework"));

        assertThat(filter.match(endpoint("backup"))).isFalse();
        assertThat(filter.match(endpoint("health"))).isTrue();
    }

    private static MockEnvironment database(String url) {
        return new MockEnvironment().withProperty("spring.datasource.url", url);
    }

    private static ExposableWebEndpoint endpoint(String id) {
        var endpoint = mock(ExposableWebEndpoint.class);
        when(endpoint.getEndpointId()).thenReturn(EndpointId.of(id));
        return endpoint;
    }
}
