package org.mekonghis.clinical.ui.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import com.vaadin.flow.component.combobox.ComboBox.ItemFilter;
import com.vaadin.flow.component.ItemLabelGenerator;

/**
 * Text as pickers compare it: lower case, without diacritics, so typing "ha noi" in a province
 * picker finds "Hà Nội". Vietnamese đ is a letter of its own, not d with a mark, so it is mapped
 * to d explicitly.
 */
public final class Folded {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Folded() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Whether every word of {@code typed} occurs in {@code label}, ignoring diacritics and case. */
    public static boolean matches(String label, String typed) {
        String folded = of(label);
        for (String word : of(typed).split(" ")) {
            if (!word.isEmpty() && !folded.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** A combo box filter matching the item's label by {@link #matches}. */
    public static <T> ItemFilter<T> filter(ItemLabelGenerator<T> label) {
        return (item, typed) -> matches(label.apply(item), typed);
    }
}
