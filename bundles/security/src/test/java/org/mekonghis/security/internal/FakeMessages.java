package org.mekonghis.security.internal;

import java.util.List;
import java.util.Locale;

import org.mekonghis.platform.api.i18n.Messages;

/** Messages that answer with the key, so tests can see which text was asked for. */
final class FakeMessages implements Messages {
    @Override
    public List<Locale> locales() {
        return List.of(VIETNAMESE, Locale.ENGLISH);
    }

    @Override
    public String get(Locale locale, String key, Object... arguments) {
        return key;
    }
}
