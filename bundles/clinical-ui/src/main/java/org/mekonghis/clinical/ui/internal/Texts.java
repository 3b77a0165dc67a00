package org.mekonghis.clinical.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.i18n.Messages;

/**
 * The translations of one screen: the platform's {@link Messages} in the user's locale. Every
 * text a screen shows comes through here, so a missing key shows as {@code !vi: key} rather
 * than as English left in code.
 */
public final class Texts {

    private final Messages messages;
    private final Locale locale;

    public Texts(Messages messages, Locale locale) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.locale = locale == null ? Messages.VIETNAMESE : locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, formatted with {@code arguments}. */
    public String get(String key, Object... arguments) {
        return messages.get(locale, key, arguments);
    }

    /** The user's message for a refusal or failure reported by a service. */
    public String of(MekongException e) {
        return messages.get(locale, e.messageKey(), e.arguments());
    }

    /** The user's message for one refused field. */
    public String of(FieldError error) {
        return messages.get(locale, error.messageKey(), error.arguments());
    }

    /** The messages of several refused fields, one per line. */
    public String of(List<FieldError> errors) {
        return String.join("\n", errors.stream().map(this::of).toList());
    }
}
