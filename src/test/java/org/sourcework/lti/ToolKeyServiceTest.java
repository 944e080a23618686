package org.sourcework.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.sourcework.lti.internal.ToolKeys;
import org.sourcework.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class ToolKeyServiceTest {

    @Autowired
    ToolKeyService service;

    @Autowired
    ToolKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    jakarta.persistence.EntityManager entities;

    @Test
    void the_first_signing_key_is_made_on_first_need_and_then_kept() {
        jdbc.sql("delete from lti_tool_key").update();

        var first = keys.signingKey();
        var again = keys.signingKey();
        entities.flush();

        assertThat(first.isPrivate()).isTrue();
        assertThat(again.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(jdbc.sql("select count(*) from lti_tool_key")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void the_private_key_is_encrypted_in_the_database_and_still_signs() throws Exception {
        var key = keys.signingKey();
        entities.flush();

        var stored = jdbc.sql("select private_jwk from lti_tool_key where kid = ?")
                .param(key.getKeyID())
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain("\"d\"", key.getPrivateExponent().toString());
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("tool").build());
        jwt.sign(new RSASSASigner(key));
        var published = (RSAKey) keys.publicSet().getKeyByKeyId(key.getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(published))).isTrue();
    }

    @Test
    void the_public_set_has_no_private_parts() {
        keys.signingKey();

        assertThat(keys.publicSet().getKeys())
                .isNotEmpty()
                .allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
        assertThat(keys.publicSet().toString()).doesNotContain("\"d\"");
    }

    @Test
    @WithUserDetails("admin")
    void after_a_rotation_the_new_key_signs_and_the_old_one_stays_published_until_retired() {
        var old = keys.signingKey().getKeyID();

        var fresh = service.rotate();

        assertThat(keys.signingKey().getKeyID()).isEqualTo(fresh).isNotEqualTo(old);
        assertThat(keys.publicSet().getKeyByKeyId(old)).isNotNull();
        assertThat(keys.publicSet().getKeyByKeyId(fresh)).isNotNull();

        service.retire(old);

        assertThat(keys.publicSet().getKeyByKeyId(old)).isNull();
        assertThat(service.keys())
                .anySatisfy(k -> assertThat(k)
                        .extracting(ToolKeyInfo::kid, ToolKeyInfo::status)
                        .containsExactly(old, "RETIRED"));
    }

    @Test
    @WithUserDetails("admin")
    void the_signing_key_cannot_be_retired() {
        var active = keys.signingKey().getKeyID();

        assertThatThrownBy(() -> service.retire(active))
                .isInstanceOf(LtiRejectedException.class)
                .hasMessageContaining("no longer signs");
    }

    @Test
    @WithUserDetails("hughes")
    void an_instructor_cannot_rotate_the_keys() {
        assertThatThrownBy(service::rotate).isInstanceOf(AccessDeniedException.class);
    }
}
