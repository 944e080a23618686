package org.sourcework.base.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Endpoints other than health (the backup writes to disk) answer only callers on the server itself. */
class ManagementSecurityTest {

    @Test
    void only_a_caller_on_the_server_itself_may_use_the_endpoints_beyond_health() {
        assertThat(ManagementSecurity.fromThisServer(from("127.0.0.1"))).isTrue();
        assertThat(ManagementSecurity.fromThisServer(from("::1"))).isTrue();
        assertThat(ManagementSecurity.fromThisServer(from("10.0.0.11")))
                .as("the load balancer's network")
                .isFalse();
        assertThat(ManagementSecurity.fromThisServer(from("192.168.1.20"))).isFalse();
    }

    private static MockHttpServletRequest from(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return request;
    }
}
