package org.mekonghis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.security.PasswordPolicyException;

class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy(10);

    private static String keyOf(Runnable r) {
        try {
            r.run();
            return null;
        } catch (PasswordPolicyException e) {
            return e.messageKey();
        }
    }

    @Test
    void check_acceptsAGoodPassword() {
        assertThatCode(() -> policy.check("nguyenvana", "Song-Cuu-Long-7")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("nguyenvana", "mùa xuân 2025")).doesNotThrowAnyException();
    }

    @Test
    void check_namesEachBrokenRule() {
        assertThat(keyOf(() -> policy.check("bs.lan", "Short1"))).isEqualTo("security.password.tooShort");
        assertThat(keyOf(() -> policy.check("bs.lan", null))).isEqualTo("security.password.tooShort");
        assertThat(keyOf(() -> policy.check("bs.lan", "onlyletterslong"))).isEqualTo("security.password.letterAndDigit");
        assertThat(keyOf(() -> policy.check("bs.lan", "1234567890123"))).isEqualTo("security.password.letterAndDigit");
        assertThat(keyOf(() -> policy.check("bs.lan", "my-BS.LAN-pass-9"))).isEqualTo("security.password.containsUsername");
        assertThat(keyOf(() -> policy.check("bs.lan", "Password123"))).isEqualTo("security.password.tooCommon");
        assertThat(keyOf(() -> policy.check("bs.lan", "a1".repeat(101)))).isEqualTo("security.password.tooLong");
    }

    @Test
    void policyException_isABadRequestWithCodeSec0010() {
        assertThatThrownBy(() -> policy.check("u", "x")).isInstanceOfSatisfying(PasswordPolicyException.class, e -> {
            assertThat(e.code()).isEqualTo("SEC-0010");
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.arguments()).containsExactly(10);
        });
    }

    @Test
    void minLength_followsTheSetting() {
        PasswordPolicy twelve = new PasswordPolicy(12);
        assertThat(keyOf(() -> twelve.check("u", "abcdefgh12x"))).isEqualTo("security.password.tooShort");
        assertThat(keyOf(() -> twelve.check("u", "abcdefgh12xy"))).isNull();
    }

    @Test
    void generate_meetsThePolicy() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            String generated = policy.generate("admin", random);
            assertThat(generated).hasSizeGreaterThanOrEqualTo(16).matches("[A-Za-z2-9]+");
            assertThatCode(() -> policy.check("admin", generated)).doesNotThrowAnyException();
        }
    }
}
