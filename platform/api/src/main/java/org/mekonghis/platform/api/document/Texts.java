package org.mekonghis.platform.api.document;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * Checks and normalises the text of the document model. Text is kept in Unicode NFC: a letter
 * such as "ệ" typed or pasted as "e" + combining marks then prints as the single precomposed
 * glyph the embedded font has, and comes back as that one character when the PDF is searched
 * or copied.
 */
final class Texts {

    private Texts() {
    }

    /** {@code value} in NFC; refuses null with a message naming {@code what}. */
    static String required(String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("HIS-0200: " + what + " is required");
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** {@code value} in NFC, or null. */
    static String optional(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** {@code value} in NFC, or the empty string for null. */
    static String orEmpty(String value) {
        return value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /**
     * An unmodifiable copy of {@code items}; refuses a null or empty list and null elements with a
     * message naming {@code what}.
     */
    static <T> List<T> nonEmptyList(List<T> items, String what) {
        if (items == null || items.isEmpty() || items.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("HIS-0200: " + what + " are required, none of them null");
        }
        return List.copyOf(items);
    }

    static float positive(float value, float max, String what) {
        if (!(value > 0) || value > max) {
            throw new IllegalArgumentException("HIS-0205: " + what + " must be above 0 and at most " + max
                    + "; got " + value);
        }
        return value;
    }
}
