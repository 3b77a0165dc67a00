package org.mekonghis.platform.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mekonghis.platform.api.config.Configuration;

/**
 * Settings from {@code conf/mekong.properties} (UTF-8), each overridable by its {@code MEKONG_*}
 * environment variable, and, for tests and the command line, by explicit overrides.
 */
public final class PropertiesConfiguration implements Configuration {

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final Map<String, String> file;
    private final Map<String, String> environment;
    private final Map<String, String> overrides;

    public PropertiesConfiguration(Map<String, String> file, Map<String, String> environment,
            Map<String, String> overrides) {
        this.file = Map.copyOf(file);
        this.environment = Map.copyOf(environment);
        this.overrides = Map.copyOf(overrides);
    }

    /** Reads {@code file} if it exists; a missing file means defaults only. */
    public static PropertiesConfiguration load(Path file, Map<String, String> environment,
            Map<String, String> overrides) throws IOException {
        Map<String, String> values = new HashMap<>();
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file);
                    InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k).trim()));
        }
        return new PropertiesConfiguration(values, environment, overrides);
    }

    @Override
    public Optional<String> get(String key) {
        String value = overrides.get(key);
        if (value == null) {
            value = environment.get(Configuration.environmentName(key));
        }
        if (value == null) {
            value = file.get(key);
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    @Override
    public int getInt(String key, int defaultValue) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " (" + Configuration.environmentName(key)
                    + ") must be a whole number, not '" + value.get() + "'", e);
        }
    }

    @Override
    public boolean getBoolean(String key, boolean defaultValue) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("setting " + key + " (" + Configuration.environmentName(key)
                    + ") must be true or false, not '" + value.get() + "'");
        };
    }

    @Override
    public Duration getDuration(String key, Duration defaultValue) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String text = value.get().toLowerCase(Locale.ROOT);
        Matcher m = SIMPLE_DURATION.matcher(text);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(value.get().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("setting " + key + " (" + Configuration.environmentName(key)
                    + ") must be a duration such as 30s, 15m or PT30M, not '" + value.get() + "'", e);
        }
    }
}
