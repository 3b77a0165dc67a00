package org.mekonghis.platform.api.config;

import java.time.Duration;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Settings of the installation. Keys are dotted and lower case, prefixed by the bundle's short
 * name ({@code sample.board.max-notices}). A value comes from, in order: the environment variable
 * {@code MEKONG_} + the key upper-cased with '.' and '-' as '_' ({@code MEKONG_SAMPLE_BOARD_MAX_NOTICES}),
 * then {@code conf/mekong.properties}, then the default the caller gives.
 */
@ProviderType
public interface Configuration {

    Optional<String> get(String key);

    default String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    /** @throws IllegalArgumentException naming the key when the value is not a whole number */
    int getInt(String key, int defaultValue);

    boolean getBoolean(String key, boolean defaultValue);

    /** Accepts ISO-8601 ({@code PT30M}) or a number with a unit: {@code 500ms}, {@code 30s}, {@code 15m}, {@code 2h}, {@code 7d}. */
    Duration getDuration(String key, Duration defaultValue);

    /** The environment variable that overrides {@code key}. */
    static String environmentName(String key) {
        return "MEKONG_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
