package org.sourcework.lti.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyCipherTest {

    @Test
    void with_a_secret_the_stored_text_is_not_the_key_and_opens_back_to_it() {
        var cipher = new KeyCipher("a secret");

        var sealed = cipher.seal("{\"d\":\"private\"}");

        assertThat(cipher.encrypts()).isTrue();
        assertThat(sealed).doesNotContain("private").contains(":");
        assertThat(cipher.open(sealed, true)).isEqualTo("{\"d\":\"private\"}");
    }

    @Test
    void the_same_key_sealed_twice_looks_different() {
        var cipher = new KeyCipher("a secret");

        assertThat(cipher.seal("same")).isNotEqualTo(cipher.seal("same"));
    }

    @Test
    void without_a_secret_keys_are_stored_as_they_are() {
        var cipher = new KeyCipher("");

        assertThat(cipher.encrypts()).isFalse();
        assertThat(cipher.seal("plain")).isEqualTo("plain");
        assertThat(cipher.open("plain", false)).isEqualTo("plain");
    }

    @Test
    void an_encrypted_key_without_the_secret_says_which_setting_is_missing() {
        var sealed = new KeyCipher("a secret").seal("key");

        assertThatThrownBy(() -> new KeyCipher("").open(sealed, true))
                .hasMessageContaining("SOURCEWORK_LTI_KEY_SECRET");
    }
}
