package org.mekonghis.security.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as searches compare it: lower case, without diacritics, so "nguyen van an" finds
 * "Nguyễn Văn An". Vietnamese đ/Đ is a letter of its own, not d with a mark, so NFD does not
 * split it; it is mapped to d explicitly.
 */
final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The escape character of {@link #containsPattern}; not a backslash, which SQL dialects treat differently. */
    static final char ESCAPE = '!';

    /** A LIKE pattern (escape {@value #ESCAPE}) matching texts containing {@code query}. */
    static String containsPattern(String query) {
        String q = of(query).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + q + "%";
    }
}
