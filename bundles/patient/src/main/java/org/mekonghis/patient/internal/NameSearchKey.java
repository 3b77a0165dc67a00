package org.mekonghis.patient.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a name that search compares: decomposed, diacritics removed, {@code đ} as
 * {@code d}, lower case, words separated by single spaces. "Nguyễn  Văn An" and "nguyen van an"
 * have the same key; the sorted key is also the same for "An Nguyễn Văn".
 */
record NameSearchKey(String normalized, List<String> tokens, String sorted) {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    static NameSearchKey of(String text) {
        String normalized = normalize(text);
        List<String> tokens = normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
        String[] sorted = tokens.toArray(String[]::new);
        Arrays.sort(sorted);
        return new NameSearchKey(normalized, tokens, String.join(" ", sorted));
    }

    /** The search form of {@code text}; empty for null or blank text. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        // đ/Đ is a letter of its own, not d with a mark, so NFD leaves it alone.
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SEPARATORS.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
