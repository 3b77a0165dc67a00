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
     * The message for {@code key} in {@code locale}, formatted with {@link java.text.MessageFormat}.
     * A missing key yields {@code !vi: key}, never an exception.
     */
    String get(Locale locale, String key, Object... arguments);
}
