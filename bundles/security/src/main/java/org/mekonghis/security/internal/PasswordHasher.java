package org.mekonghis.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (RFC 9106) in the PHC string format,
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded base64), so every hash names
 * the parameters it was made with and stronger parameters can be introduced by rehashing at the
 * next successful sign-in. The defaults follow OWASP's minimum for Argon2id (19 MiB, 2 passes).
 */
final class PasswordHasher {
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=(\\d+)\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    /**
     * Cost parameters.
     *
     * @param memoryKib   memory in KiB
     * @param iterations  passes over the memory
     * @param parallelism lanes
     */
    record Parameters(int memoryKib, int iterations, int parallelism) {
        static final Parameters DEFAULT = new Parameters(19_456, 2, 1);

        Parameters {
            if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1 || memoryKib > 4 * 1024 * 1024) {
                throw new IllegalArgumentException("invalid Argon2 parameters m=" + memoryKib + ", t=" + iterations
                        + ", p=" + parallelism);
            }
        }
    }

    private final Parameters parameters;
    private final SecureRandom random;
    /** Checked against when a user name is unknown, so that case costs the same time as a wrong password. */
    private final String decoy;

    PasswordHasher(Parameters parameters, SecureRandom random) {
        this.parameters = parameters;
        this.random = random;
        byte[] noise = new byte[24];
        random.nextBytes(noise);
        this.decoy = hash(B64.encodeToString(noise));
    }

    Parameters parameters() {
        return parameters;
    }

    /** A new hash of {@code password} with a fresh random salt and the current parameters. */
    String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = compute(password, salt, parameters, HASH_BYTES);
        return "$argon2id$v=19$m=" + parameters.memoryKib() + ",t=" + parameters.iterations() + ",p="
                + parameters.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /**
     * Whether {@code password} matches {@code encoded}. A malformed or foreign hash never matches;
     * the comparison takes the same time wherever the bytes differ.
     */
    boolean verify(String password, String encoded) {
        if (password == null || encoded == null) {
            return false;
        }
        Matcher m = PHC.matcher(encoded);
        if (!m.matches() || !"19".equals(m.group(1))) {
            return false;
        }
        Parameters stored;
        byte[] salt;
        byte[] expected;
        try {
            stored = new Parameters(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
            salt = B64_DECODER.decode(m.group(5));
            expected = B64_DECODER.decode(m.group(6));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (salt.length < 8 || expected.length < 16) {
            return false;
        }
        byte[] actual = compute(password, salt, stored, expected.length);
        return MessageDigest.isEqual(actual, expected);
    }

    /** Spends the time of one verification without a real hash: for user names that do not exist. */
    void verifyDecoy(String password) {
        verify(password == null ? "" : password, decoy);
    }

    /** Whether {@code encoded} was made with other parameters than the current ones (or is no Argon2id hash). */
    boolean needsRehash(String encoded) {
        Matcher m = encoded == null ? null : PHC.matcher(encoded);
        if (m == null || !m.matches()) {
            return true;
        }
        return !"19".equals(m.group(1)) || Integer.parseInt(m.group(2)) != parameters.memoryKib()
                || Integer.parseInt(m.group(3)) != parameters.iterations()
                || Integer.parseInt(m.group(4)) != parameters.parallelism()
                || B64_DECODER.decode(m.group(6)).length != HASH_BYTES;
    }

    private static byte[] compute(String password, byte[] salt, Parameters p, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(p.memoryKib())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
