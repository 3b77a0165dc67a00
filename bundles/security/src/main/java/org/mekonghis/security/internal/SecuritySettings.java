package org.mekonghis.security.internal;

import java.time.Duration;

import org.mekonghis.platform.api.config.Configuration;

/**
 * The module's settings, read once when a component activates.
 *
 * @param lockoutAttempts   {@code security.lockout.attempts}: consecutive failed sign-ins that lock an account (default 5)
 * @param lockoutDuration   {@code security.lockout.duration}: how long the lock lasts (default 15m)
 * @param passwordMinLength {@code security.password.min-length}: the shortest password accepted (default 10)
 * @param tokenLifetime     {@code security.token.lifetime}: lifetime of a user's bearer token (default 1h)
 * @param principalCacheTtl {@code security.principal.cache-ttl}: how long a refreshed principal is reused (default 10s)
 * @param argon2            {@code security.argon2.memory-kib} (19456), {@code security.argon2.iterations} (2),
 *                          {@code security.argon2.parallelism} (1): the cost of new password hashes
 */
record SecuritySettings(int lockoutAttempts, Duration lockoutDuration, int passwordMinLength, Duration tokenLifetime,
        Duration principalCacheTtl, PasswordHasher.Parameters argon2) {

    static final String LOCKOUT_ATTEMPTS = "security.lockout.attempts";
    static final String LOCKOUT_DURATION = "security.lockout.duration";
    static final String PASSWORD_MIN_LENGTH = "security.password.min-length";
    static final String TOKEN_LIFETIME = "security.token.lifetime";
    static final String PRINCIPAL_CACHE_TTL = "security.principal.cache-ttl";
    static final String ARGON2_MEMORY = "security.argon2.memory-kib";
    static final String ARGON2_ITERATIONS = "security.argon2.iterations";
    static final String ARGON2_PARALLELISM = "security.argon2.parallelism";
    /** The first administrator's password; environment variable {@code MEKONG_ADMIN_PASSWORD}. */
    static final String ADMIN_PASSWORD = "admin.password";

    static final SecuritySettings DEFAULTS = new SecuritySettings(5, Duration.ofMinutes(15),
            PasswordPolicy.DEFAULT_MIN_LENGTH, Duration.ofHours(1), Duration.ofSeconds(10),
            PasswordHasher.Parameters.DEFAULT);

    SecuritySettings {
        if (lockoutAttempts < 1) {
            throw new IllegalArgumentException(LOCKOUT_ATTEMPTS + " must be at least 1: " + lockoutAttempts);
        }
        if (lockoutDuration.isNegative() || lockoutDuration.isZero()) {
            throw new IllegalArgumentException(LOCKOUT_DURATION + " must be positive: " + lockoutDuration);
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException(TOKEN_LIFETIME + " must be positive: " + tokenLifetime);
        }
        if (principalCacheTtl.isNegative()) {
            throw new IllegalArgumentException(PRINCIPAL_CACHE_TTL + " must not be negative: " + principalCacheTtl);
        }
    }

    static SecuritySettings from(Configuration config) {
        PasswordHasher.Parameters d = DEFAULTS.argon2();
        return new SecuritySettings(config.getInt(LOCKOUT_ATTEMPTS, DEFAULTS.lockoutAttempts()),
                config.getDuration(LOCKOUT_DURATION, DEFAULTS.lockoutDuration()),
                config.getInt(PASSWORD_MIN_LENGTH, DEFAULTS.passwordMinLength()),
                config.getDuration(TOKEN_LIFETIME, DEFAULTS.tokenLifetime()),
                config.getDuration(PRINCIPAL_CACHE_TTL, DEFAULTS.principalCacheTtl()),
                new PasswordHasher.Parameters(config.getInt(ARGON2_MEMORY, d.memoryKib()),
                        config.getInt(ARGON2_ITERATIONS, d.iterations()),
                        config.getInt(ARGON2_PARALLELISM, d.parallelism())));
    }
}
