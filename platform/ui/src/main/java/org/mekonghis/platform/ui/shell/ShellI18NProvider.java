package org.mekonghis.platform.ui.shell;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.i18n.I18NProvider;

import org.mekonghis.platform.api.i18n.Messages;

/**
 * Vaadin's translations, answered by the platform's {@link Messages}: the shell's keys and
 * every bundle's. Vietnamese comes first and is the default.
 */
final class ShellI18NProvider implements I18NProvider {

    private static final long serialVersionUID = 1L;

    private final transient Messages messages;

    ShellI18NProvider(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return messages.locales();
    }

    @Override
    public Locale getDefaultLocale() {
        List<Locale> locales = messages.locales();
        return locales.isEmpty() ? Messages.VIETNAMESE : locales.get(0);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(locale == null ? getDefaultLocale() : locale, key, params);
    }
}
