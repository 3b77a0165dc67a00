package org.mekonghis.terminology.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of diagnosis names that search compares: decomposed, diacritics removed, {@code đ} as
 * {@code d}, lower case, every word preceded by one space. "Viêm họng cấp" and "viem  HONG cap"
 * give the same words, so a typed word is found with {@code LIKE '% word%'} wherever it stands.
 */
final class IcdSearchKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private IcdSearchKey() {
    }

    /** The key stored for a code with these names (the English one may be null). */
    static String of(String nameVi, String nameEn) {
        String key = (normalize(nameVi) + " " + normalize(nameEn)).strip();
        return key.isEmpty() ? "" : " " + key;
    }

    /** The words of a query in search form; empty for null or blank text. */
    static List<String> words(String query) {
        String normalized = normalize(query);
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }

    /** The search form of {@code text}: words separated by single spaces, no leading or trailing space. */
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
