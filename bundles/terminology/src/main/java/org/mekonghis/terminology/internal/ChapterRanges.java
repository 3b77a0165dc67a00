package org.mekonghis.terminology.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mekonghis.terminology.api.Icd10Chapter;

/** Which chapter a code belongs to, and what a chapter typed in an import file means. */
final class ChapterRanges {
    private final List<Icd10Chapter> chapters;

    /** @param chapters the chapters in order, as {@link Icd10Chapter#codeRange()} {@code first-last} */
    ChapterRanges(List<Icd10Chapter> chapters) {
        this.chapters = List.copyOf(chapters);
    }

    /** The number of the chapter whose range holds the code's category, if any. */
    Optional<String> of(String normalizedCode) {
        String category = normalizedCode.substring(0, 3);
        for (Icd10Chapter c : chapters) {
            String[] range = c.codeRange().split("-");
            if (category.compareTo(range[0]) >= 0 && category.compareTo(range[1]) <= 0) {
                return Optional.of(c.number());
            }
        }
        return Optional.empty();
    }

    /**
     * The chapter meant by {@code text}: its Roman number ({@code X}, {@code x}) or its position
     * ({@code 10}, also {@code 10.0} as spreadsheets write numbers), optionally after the word
     * "Chương" or "Chapter".
     */
    Optional<String> parse(String text) {
        String words = IcdSearchKey.normalize(text);
        if (words.startsWith("chuong ") || words.startsWith("chapter ")) {
            words = words.substring(words.indexOf(' ') + 1);
        }
        String number = words.endsWith(" 0") ? words.substring(0, words.length() - 2) : words;
        if (number.matches("[0-9]{1,2}")) {
            int position = Integer.parseInt(number);
            return position >= 1 && position <= chapters.size() ? Optional.of(chapters.get(position - 1).number())
                    : Optional.empty();
        }
        String roman = number.toUpperCase(Locale.ROOT);
        return chapters.stream().map(Icd10Chapter::number).filter(roman::equals).findFirst();
    }
}
