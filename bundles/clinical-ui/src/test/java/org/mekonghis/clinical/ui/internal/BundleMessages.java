package org.mekonghis.clinical.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.mekonghis.platform.api.i18n.Messages;

/** The bundle's own translations, formatted as the platform formats them, for tests without a platform. */
public final class BundleMessages implements Messages {
    private final Properties vi = load("vi");
    private final Properties en = load("en");

    private static Properties load(String language) {
        Properties p = new Properties();
        try (InputStream in = BundleMessages.class.getResourceAsStream("/i18n/clinical_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Override
    public List<Locale> locales() {
        return List.of(VIETNAMESE, Locale.ENGLISH);
    }

    @Override
    public String get(Locale locale, String key, Object... arguments) {
        Properties p = "en".equals(locale.getLanguage()) ? en : vi;
        String pattern = p.getProperty(key);
        if (pattern == null) {
            return "!" + locale.getLanguage() + ": " + key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
