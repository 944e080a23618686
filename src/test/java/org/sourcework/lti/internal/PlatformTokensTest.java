package org.sourcework.lti.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sourcework.lti.LtiPlatformService;
import org.sourcework.lti.PlatformDetails;
import org.sourcework.lti.platform.TestPlatform;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Access tokens from the test platform's token endpoint, which checks the tool's signed client assertion
 * against the tool's public key set served by the running app.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformTokensTest {

    static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String LINE_ITEMS = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

    @LocalServerPort
    int port;

    @Autowired
    RunAs runAs;

    @Autowired
    LtiPlatformService registry;

    @Autowired
    PlatformRepository platforms;

    @Autowired
    PlatformTokens tokens;

    TestPlatform testPlatform;

    @BeforeAll
    void startThePlatform() throws Exception {
        testPlatform = new TestPlatform();
        testPlatform.trustToolKeysAt("http://localhost:" + port + "/lti/jwks");
    }

    @AfterAll
    void stopThePlatform() {
        testPlatform.close();
    }

    private Platform register(String clientId, String tokenUrl) {
        long id = runAs.user(
                        "admin",
                        () -> registry.register(
                                null,
                                new PlatformDetails(
                                        "Token test LMS " + clientId,
                                        testPlatform.issuer(),
                                        clientId,
                                        List.of(TestPlatform.DEPLOYMENT_ID),
                                        testPlatform.jwksUrl(),
                                        testPlatform.authUrl(),
                                        tokenUrl)))
                .id();
        return platforms.findById(id).orElseThrow();
    }

    @Test
    void the_platform_grants_a_token_for_a_client_assertion_signed_with_the_tools_key() {
        var platform = register(TestPlatform.CLIENT_ID, testPlatform.tokenUrl());

        var bearer = tokens.bearer(platform, SCORE);

        assertThat(testPlatform.lastTokenProblem()).isNull();
        assertThat(testPlatform.grants("Bearer " + bearer, SCORE)).isTrue();
        assertThat(testPlatform.grants("Bearer " + bearer, LINE_ITEMS)).isFalse();

        // the same scopes come from the cache until shortly before the token expires; other scopes do not
        int issued = testPlatform.tokensIssued();
        assertThat(tokens.bearer(platform, SCORE)).isEqualTo(bearer);
        assertThat(testPlatform.tokensIssued()).isEqualTo(issued);
        var both = tokens.bearer(platform, SCORE, LINE_ITEMS);
        assertThat(testPlatform.grants("Bearer " + both, LINE_ITEMS)).isTrue();
        assertThat(testPlatform.tokensIssued()).isEqualTo(issued + 1);

        // a forgotten token is asked for again
        tokens.forget(platform);
        assertThat(tokens.bearer(platform, SCORE)).isNotEqualTo(bearer);
    }

    @Test
    void a_platform_that_does_not_know_the_client_gives_no_token() {
        var platform = register("client-the-platform-never-issued", testPlatform.tokenUrl());

        assertThatThrownBy(() -> tokens.bearer(platform, SCORE))
                .isInstanceOfSatisfying(
                        PlatformCallFailed.class,
                        failed -> assertThat(failed.kind()).isEqualTo(PlatformCallFailed.Kind.NO_TOKEN));
        assertThat(testPlatform.lastTokenProblem()).isEqualTo("iss and sub should be the client id");
    }

    @Test
    void a_token_url_nobody_answers_is_reported_as_unreachable() {
        var platform = register("client-unreachable", "http://localhost:1/token");

        assertThatThrownBy(() -> tokens.bearer(platform, SCORE))
                .isInstanceOfSatisfying(
                        PlatformCallFailed.class,
                        failed -> assertThat(failed.kind()).isEqualTo(PlatformCallFailed.Kind.UNREACHABLE));
    }
}
