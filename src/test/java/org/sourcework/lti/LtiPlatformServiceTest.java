package org.sourcework.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcework.base.Message;
import org.sourcework.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class LtiPlatformServiceTest {

    static final PlatformDetails MOODLE = new PlatformDetails(
            "School Moodle",
            "https://moodle.school.example",
            "abc123",
            List.of("1"),
            "https://moodle.school.example/mod/lti/certs.php",
            "https://moodle.school.example/mod/lti/auth.php",
            "https://moodle.school.example/mod/lti/token.php");

    @Autowired
    LtiPlatformService service;

    @Test
    @WithUserDetails("admin")
    void an_administrator_registers_a_platform_and_changes_its_deployments() {
        var saved = service.register(null, MOODLE);

        service.register(
                saved.id(),
                new PlatformDetails(
                        " School Moodle ",
                        MOODLE.issuer(),
                        MOODLE.clientId(),
                        List.of("1", " 2 ", ""),
                        MOODLE.jwksUrl(),
                        MOODLE.authUrl(),
                        MOODLE.tokenUrl()));

        assertThat(service.find(saved.id()).orElseThrow().details().deploymentIds())
                .containsExactlyInAnyOrder("1", "2");
        assertThat(service.page(0, 10)).extracting(row -> row.details().name()).contains("School Moodle");
    }

    @Test
    @WithUserDetails("admin")
    void every_wrong_field_is_reported_at_once_by_name() {
        var wrong = new PlatformDetails(
                "", "moodle.school.example", " ", List.of(), "http://moodle.school.example/certs", "not a url", "");

        assertThatThrownBy(() -> service.register(null, wrong))
                .isInstanceOfSatisfying(
                        LtiRejectedException.class,
                        rejected -> assertThat(wordsOf(rejected.problems()))
                                .containsEntry(
                                        "name",
                                        "Give the platform a name of 1 to 120 characters, for example 'Canvas'.")
                                .containsEntry(
                                        "issuer",
                                        "Issuer 'moodle.school.example' is not an https address, for example https://school.example/...")
                                .containsKey("clientId")
                                .containsEntry("deploymentIds", "Give at least one deployment id, one a line.")
                                .containsEntry(
                                        "jwksUrl",
                                        "Key set URL 'http://moodle.school.example/certs' is not an https address, for example https://school.example/...")
                                .containsEntry("authUrl", "Authentication URL 'not a url' is not a web address.")
                                .containsEntry("tokenUrl", "Access token URL is required."));
    }

    @Test
    @WithUserDetails("admin")
    void a_deployment_given_twice_is_a_problem() {
        var twice = new PlatformDetails(
                MOODLE.name(),
                MOODLE.issuer(),
                MOODLE.clientId(),
                List.of("1", "1"),
                MOODLE.jwksUrl(),
                MOODLE.authUrl(),
                MOODLE.tokenUrl());

        assertThatThrownBy(() -> service.register(null, twice))
                .hasMessageContaining("Deployment id '1' is given twice.");
    }

    @Test
    @WithUserDetails("admin")
    void the_same_issuer_and_client_id_cannot_be_registered_twice() {
        service.register(null, MOODLE);

        assertThatThrownBy(() -> service.register(null, MOODLE))
                .hasMessageContaining("'School Moodle' is already registered with this issuer and client id.");
    }

    @Test
    @WithUserDetails("hughes")
    void an_instructor_cannot_register_a_platform() {
        assertThatThrownBy(() -> service.register(null, MOODLE)).isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, String> wordsOf(Map<String, Message> problems) {
        var words = new LinkedHashMap<String, String>();
        problems.forEach((field, message) -> words.put(field, message.inDefaultLanguage()));
        return words;
    }
}
