package org.mekonghis.platform.api.i18n;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Translations gathered from every bundle. A bundle ships {@code <base>_vi.properties} and
 * {@code <base>_en.properties} (UTF-8) and names the base in its manifest header
 * {@value #HEADER}, e.g. {@code Mekong-Translations: i18n/sample}. Vietnamese is the default.
 */
@ProviderType
public interface Messages {

    /** The manifest header naming a bundle's translation base names (comma-separated). */
    String HEADER = "Mekong-Translations";

    /** Vietnamese, the default language. */
    Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The languages the UI offers, default first. */
    List<Locale> locales();

    /**
     * The language to answer a request in: the best match of an HTTP {@code Accept-Language}
     * header among {@link #locales()}, Vietnamese when the header is absent, malformed or matches none.
     *
     * @since 1.1
     */
    default Locale localeFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), locales());
            return match == null ? VIETNAMESE : match;
        } catch (IllegalArgumentException e) {
            return VIETNAMESE;
        }
    }

    /**
     * The message for {@code key} in {@code locale}, formatted with {@link java.text.MessageFormat}.
     * A missing key yields {@code !vi: key}, never an exception.
     */
    String get(Locale locale, String key, Object... arguments);
}
