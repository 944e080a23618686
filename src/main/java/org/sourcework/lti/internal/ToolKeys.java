package org.sourcework.lti.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tool's RSA key pairs: made on first need, rotated on request. Two nodes that both find no key at
 * the same moment each make one; both are published and the newer one signs, which is harmless.
 */
@Component
@Transactional
public class ToolKeys {

    private static final int KEY_SIZE = 2048;

    private final ToolKeyRepository keys;
    private final KeyCipher cipher;
    private final Clock clock;

    ToolKeys(ToolKeyRepository keys, KeyCipher cipher, Clock clock) {
        this.keys = keys;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The key that signs the tool's messages, with its private part; made now if there is none. */
    @Transactional
    public RSAKey signingKey() {
        var active = keys.findByStatusInOrderByCreatedAtDesc(EnumSet.of(ToolKey.Status.ACTIVE));
        var key = active.isEmpty() ? create() : active.getFirst();
        try {
            return RSAKey.parse(cipher.open(key.getPrivateJwk(), key.isEncrypted()));
        } catch (ParseException e) {
            throw new IllegalStateException("The stored LTI signing key " + key.getKid() + " cannot be read", e);
        }
    }

    /** The public keys platforms may verify with: the active one and those not yet retired. */
    @Transactional
    public JWKSet publicSet() {
        if (keys.findByStatusInOrderByCreatedAtDesc(EnumSet.of(ToolKey.Status.ACTIVE))
                .isEmpty()) {
            create();
        }
        List<JWK> published =
                keys
                        .findByStatusInOrderByCreatedAtDesc(EnumSet.of(ToolKey.Status.ACTIVE, ToolKey.Status.PREVIOUS))
                        .stream()
                        .map(ToolKeys::parsePublic)
                        .toList();
        return new JWKSet(published);
    }

    /** A new key signs from now on; the old one stays published until it is retired. */
    @Transactional
    public ToolKey rotate() {
        keys.findByStatusInOrderByCreatedAtDesc(EnumSet.of(ToolKey.Status.ACTIVE))
                .forEach(ToolKey::supersede);
        keys.flush();
        return create();
    }

    /** Takes a superseded key out of the JWKS; the signing key cannot be retired (rotate first). */
    @Transactional
    public boolean retire(String kid) {
        var key = keys.findByKid(kid).filter(k -> k.getStatus() == ToolKey.Status.PREVIOUS);
        key.ifPresent(k -> k.retire(clock.instant()));
        return key.isPresent();
    }

    @Transactional(readOnly = true)
    public List<ToolKey> all() {
        return keys.findAllByOrderByCreatedAtDesc();
    }

    private ToolKey create() {
        try {
            var pair = new RSAKeyGenerator(KEY_SIZE)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            return keys.save(new ToolKey(
                    pair.getKeyID(),
                    pair.toPublicJWK().toJSONString(),
                    cipher.seal(pair.toJSONString()),
                    cipher.encrypts(),
                    clock.instant()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not make an RSA key pair", e);
        }
    }

    private static JWK parsePublic(ToolKey key) {
        try {
            return JWK.parse(key.getPublicJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("The stored LTI public key " + key.getKid() + " cannot be read", e);
        }
    }
}
