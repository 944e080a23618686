package org.sourcework.lti.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Keeps the tool's private keys encrypted in the database when the operator gives a secret
 * ({@code SOURCEWORK_LTI_KEY_SECRET}): AES-256-GCM with a key derived by PBKDF2 from the secret and a
 * salt of each key's own (Spring Security's {@code Encryptors.delux}). Without a secret the keys are
 * stored as they are, and the log says so once; a database backup then holds usable signing keys.
 */
@Component
public class KeyCipher {

    private static final Logger LOG = LoggerFactory.getLogger(KeyCipher.class);

    private final String secret;

    public KeyCipher(@Value("${sourcework.lti.key-secret:}") String secret) {
        this.secret = secret;
        if (secret.isBlank()) {
            LOG.warn(
                    "No sourcework.lti.key-secret is set: the LTI signing keys are stored unencrypted in the database.");
        }
    }

    public boolean encrypts() {
        return !secret.isBlank();
    }

    /** The text to store: "salt:ciphertext" in hex when encrypting, else the text itself. */
    public String seal(String plain) {
        if (!encrypts()) {
            return plain;
        }
        var salt = KeyGenerators.string().generateKey();
        return salt + ":" + Encryptors.delux(secret, salt).encrypt(plain);
    }

    public String open(String stored, boolean encrypted) {
        if (!encrypted) {
            return stored;
        }
        if (!encrypts()) {
            throw new IllegalStateException("The LTI signing keys are encrypted, but sourcework.lti.key-secret "
                    + "(SOURCEWORK_LTI_KEY_SECRET) is not set. Set it to the secret they were encrypted with.");
        }
        var colon = stored.indexOf(':');
        return Encryptors.delux(secret, stored.substring(0, colon)).decrypt(stored.substring(colon + 1));
    }
}
