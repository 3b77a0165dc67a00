package org.mekonghis.encounter.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * One refused value of a request.
 *
 * @param field      the field at fault as named in the REST API, e.g. {@code departmentCode}
 * @param messageKey the i18n key of the message for users
 * @param arguments  the message's arguments; never null
 * @since 1.0
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
