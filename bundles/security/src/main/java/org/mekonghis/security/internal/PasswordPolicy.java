package org.mekonghis.security.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

import org.mekonghis.platform.api.security.PasswordPolicyException;

/**
 * What a password must be: at least {@code minLength} characters (setting
 * {@code security.password.min-length}, default 10) and at most {@value #MAX_LENGTH}, at least
 * one letter and one digit, not containing the user name, and not one of the passwords that
 * appear first in every guessing list.
 */
final class PasswordPolicy {
    static final int DEFAULT_MIN_LENGTH = 10;
    /** Bounds the work of hashing a password sent by anyone. */
    static final int MAX_LENGTH = 200;

    private static final String GENERATED_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 16;

    /** Common passwords that pass the other rules, lower case. */
    private static final Set<String> COMMON = Set.of("password1", "password12", "password123", "password1234",
            "passw0rd", "p@ssw0rd", "p@ssw0rd1", "p@ssword1", "admin123", "admin1234", "admin12345", "admin123456",
            "administrator1", "qwerty123", "qwerty1234", "qwerty12345", "qwerty123456", "abc123456", "abc1234567",
            "abcd123456", "abcd1234", "a123456789", "a1234567890", "123456789a", "1234567890a", "1q2w3e4r5t",
            "1qaz2wsx3edc", "zaq12wsx", "iloveyou1", "iloveyou123", "welcome1", "welcome123", "letmein123",
            "matkhau123", "matkhau1234", "matkhau12345", "vietnam123", "vietnam1234", "hanoi12345", "saigon123",
            "benhvien123", "bacsi123456", "yte1234567", "changeme123", "mekong123", "mekong12345", "mekonghis1",
            "mekonghis123", "hospital123", "test123456", "user123456", "secret1234");

    private final int minLength;

    PasswordPolicy(int minLength) {
        if (minLength < 8 || minLength > MAX_LENGTH) {
            throw new IllegalArgumentException("security.password.min-length must be from 8 to " + MAX_LENGTH + ": "
                    + minLength);
        }
        this.minLength = minLength;
    }

    int minLength() {
        return minLength;
    }

    /**
     * @throws PasswordPolicyException naming the first rule {@code password} breaks
     */
    void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            throw new PasswordPolicyException("security.password.tooShort",
                    "password shorter than " + minLength + " characters", minLength);
        }
        if (password.length() > MAX_LENGTH) {
            throw new PasswordPolicyException("security.password.tooLong",
                    "password longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new PasswordPolicyException("security.password.letterAndDigit",
                    "password needs at least one letter and one digit");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new PasswordPolicyException("security.password.containsUsername", "password contains the user name");
        }
        if (COMMON.contains(lower)) {
            throw new PasswordPolicyException("security.password.tooCommon", "password is a common password");
        }
    }

    /**
     * A random password for {@code username} that meets this policy: letters and digits without
     * look-alikes (0/O, 1/l/I), about 92 bits of entropy.
     */
    String generate(String username, SecureRandom random) {
        int length = Math.max(GENERATED_LENGTH, minLength);
        while (true) {
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                sb.append(GENERATED_ALPHABET.charAt(random.nextInt(GENERATED_ALPHABET.length())));
            }
            String candidate = sb.toString();
            try {
                check(username, candidate);
                return candidate;
            } catch (PasswordPolicyException rare) {
                // no digit, or the user name by chance: draw again
            }
        }
    }
}
