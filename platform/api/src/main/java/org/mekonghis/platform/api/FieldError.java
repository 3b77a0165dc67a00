package org.mekonghis.platform.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * One refused value of a request: which field, and the i18n key (with arguments) of what is wrong.
 *
 * @param field      the field at fault as named in the REST API, e.g. {@code cccd}, {@code insuranceCard.number};
 *                   empty when the request as a whole is malformed
 * @param messageKey i18n key of the message shown to the user
 * @param arguments  arguments of that message
 * @since 1.1
 */
public record FieldError(String field, String messageKey, Object... arguments) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldError other && field.equals(other.field) && messageKey.equals(other.messageKey)
                && Arrays.equals(arguments, other.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, messageKey, Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + Arrays.toString(arguments);
    }
}
