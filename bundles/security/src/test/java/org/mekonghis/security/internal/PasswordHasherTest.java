package org.mekonghis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(SecurityFixture.FAST, new SecureRandom());

    @Test
    void hash_isSelfDescribingArgon2id() {
        String hash = hasher.hash("Benh-vien-2025");
        assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$").doesNotContain("Benh-vien-2025");
        assertThat(hash.split("\\$")).hasSize(6);
    }

    @Test
    void verify_acceptsTheRightPassword_andRefusesAWrongOne() {
        String hash = hasher.hash("Mật-khẩu-Đúng-123");
        assertThat(hasher.verify("Mật-khẩu-Đúng-123", hash)).isTrue();
        assertThat(hasher.verify("Mật-khẩu-Dúng-123", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
        assertThat(hasher.verify(null, hash)).isFalse();
    }

    @Test
    void hash_usesAFreshSaltEachTime() {
        assertThat(hasher.hash("same-password-1")).isNotEqualTo(hasher.hash("same-password-1"));
    }

    @Test
    void verify_withMalformedOrForeignHash_neverMatches() {
        assertThat(hasher.verify("x", "plain")).isFalse();
        assertThat(hasher.verify("x", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=19$m=1024,t=1,p=1$!!$!!")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=16$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA")).isFalse();
        assertThat(hasher.verify("x", null)).isFalse();
    }

    @Test
    void hashMadeWithOtherParameters_stillVerifies_butNeedsRehash() {
        PasswordHasher old = new PasswordHasher(new PasswordHasher.Parameters(512, 1, 1), new SecureRandom());
        String oldHash = old.hash("Khoa-Nhi-204");
        assertThat(hasher.verify("Khoa-Nhi-204", oldHash)).isTrue();
        assertThat(hasher.needsRehash(oldHash)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("Khoa-Nhi-204"))).isFalse();
        assertThat(hasher.needsRehash("not a hash")).isTrue();
    }

    @Test
    void knownAnswer_matchesTheReferenceImplementation() {
        // RFC 9106 test vectors use secret and associated data; this vector (no secret) comes from the
        // reference argon2 CLI: echo -n password | argon2 somesalt -id -t 2 -m 16 -p 1 -l 32
        PasswordHasher reference = new PasswordHasher(new PasswordHasher.Parameters(65536, 2, 1), new SecureRandom());
        String encoded = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertThat(reference.verify("password", encoded)).isTrue();
        assertThat(reference.verify("passwore", encoded)).isFalse();
    }
}
