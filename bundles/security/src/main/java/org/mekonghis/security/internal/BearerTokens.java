package org.mekonghis.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.mekonghis.security.api.ApiClientService;

/**
 * Bearer tokens: 256 random bits, base64url. Only their SHA-256 is stored: a token has full
 * entropy, so a fast hash suffices, and a stolen table yields no usable token.
 */
final class BearerTokens {
    static final int TOKEN_BYTES = 32;
    /** Longer than any token this module issues; longer input is refused before hashing. */
    static final int MAX_TOKEN_LENGTH = 100;

    private final SecureRandom random;

    BearerTokens(SecureRandom random) {
        this.random = random;
    }

    /** A user's short-lived token. */
    String newUserToken() {
        return randomPart();
    }

    /** An API client's token, {@code mkc_} and random. */
    String newClientToken() {
        return ApiClientService.TOKEN_PREFIX + randomPart();
    }

    static boolean isClientToken(String token) {
        return token.startsWith(ApiClientService.TOKEN_PREFIX);
    }

    /** Whether {@code token} could have been issued here at all: not blank, not too long, URL-safe base64. */
    static boolean plausible(String token) {
        return token != null && !token.isEmpty() && token.length() <= MAX_TOKEN_LENGTH
                && token.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'));
    }

    /** SHA-256 of the token, lower-case hex: what is stored and looked up. */
    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private String randomPart() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
