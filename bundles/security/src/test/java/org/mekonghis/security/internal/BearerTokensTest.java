package org.mekonghis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class BearerTokensTest {
    private final BearerTokens tokens = new BearerTokens(new SecureRandom());

    @Test
    void userToken_has256RandomBits_base64url() {
        String token = tokens.newUserToken();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(tokens.newUserToken()).isNotEqualTo(token);
        assertThat(BearerTokens.isClientToken(token)).isFalse();
    }

    @Test
    void clientToken_isPrefixed() {
        String token = tokens.newClientToken();
        assertThat(token).startsWith("mkc_").hasSize(47);
        assertThat(BearerTokens.isClientToken(token)).isTrue();
        assertThat(BearerTokens.plausible(token)).isTrue();
    }

    @Test
    void hash_isSha256Hex_andDiffersFromTheToken() {
        assertThat(BearerTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void plausible_refusesJunk() {
        assertThat(BearerTokens.plausible(null)).isFalse();
        assertThat(BearerTokens.plausible("")).isFalse();
        assertThat(BearerTokens.plausible("x".repeat(101))).isFalse();
        assertThat(BearerTokens.plausible("' OR 1=1 --")).isFalse();
        assertThat(BearerTokens.plausible("tökén")).isFalse();
    }
}
