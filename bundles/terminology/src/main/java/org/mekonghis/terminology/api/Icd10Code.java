package org.mekonghis.terminology.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One ICD-10 code of the catalog.
 *
 * @param code     the normalized code: upper case, a letter, two digits and, for a subcategory, a dot
 *                 and one or two digits, e.g. {@code I10}, {@code E11.9} (see {@link #normalize(String)})
 * @param nameVi   the Vietnamese name (Ministry of Health wording); never null
 * @param nameEn   the English name (WHO title), or null when the catalog has none
 * @param chapter  the number of its chapter in Roman numerals, e.g. {@code X} (see {@link Icd10Chapter#number()})
 * @param billable whether the code may be recorded on a claim as it is: false for a category that has
 *                 subcategories, which must be coded to 4 characters (BHXH appraisal rule)
 * @since 1.0
 */
public record Icd10Code(String code, String nameVi, String nameEn, String chapter, boolean billable) {
    /** The longest normalized code, e.g. {@code S72.00}. */
    public static final int CODE_MAX_LENGTH = 6;

    private static final Pattern WITH_DOT = Pattern.compile("[A-Z][0-9]{2}\\.[0-9]{1,2}");
    private static final Pattern WITHOUT_DOT = Pattern.compile("[A-Z][0-9]{2}[0-9]{0,2}");

    public Icd10Code {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(chapter, "chapter");
    }

    /**
     * The normalized form of a code as typed or imported: surrounding and inner spaces removed,
     * upper case, the dagger or asterisk of a dual classification dropped, the dot inserted after
     * the third character ({@code e119}, {@code E11.9} and {@code E11.9*} all give {@code E11.9}).
     *
     * @return the normalized code, or empty when {@code text} is null or not an ICD-10 code
     */
    public static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        while (!s.isEmpty() && (s.endsWith("*") || s.endsWith("\u2020") || s.endsWith("+"))) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith(".") && s.length() == 4) {
            s = s.substring(0, 3);
        }
        if (WITH_DOT.matcher(s).matches()) {
            return Optional.of(s);
        }
        if (WITHOUT_DOT.matcher(s).matches()) {
            return Optional.of(s.length() == 3 ? s : s.substring(0, 3) + "." + s.substring(3));
        }
        return Optional.empty();
    }
}
