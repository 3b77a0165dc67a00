package org.mekonghis.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DuplicateKeyTest {

    private static boolean match(String a, String b) {
        List<String> keys = DuplicateKey.keysOf(a);
        return DuplicateKey.keysOf(b).stream().anyMatch(keys::contains);
    }

    @Test
    void keys_areTheSortedWords_eachWordLeftOut_andTheLettersWithoutSpaces() {
        assertThat(DuplicateKey.keysOf("Nguyễn Văn  An")).containsExactly("an nguyen van", "nguyen van", "an van",
                "an nguyen", "#nguyenvanan");
        assertThat(DuplicateKey.keysOf("Lê Hoa")).as("two words: none left out").containsExactly("hoa le", "#lehoa");
        assertThat(DuplicateKey.keysOf("An")).containsExactly("an");
        assertThat(DuplicateKey.keysOf("  ")).isEmpty();
        assertThat(DuplicateKey.keysOf(null)).isEmpty();
    }

    @Test
    void namesDifferingInCaseDiacriticsOrderSpacingOrOneWord_match() {
        assertThat(match("Nguyễn Văn An", "nguyen van an")).isTrue();
        assertThat(match("Nguyễn Văn An", "An Nguyễn Văn")).isTrue();
        assertThat(match("Lê Thị Thu Hà", "Lê Thị Thuhà")).as("spacing").isTrue();
        assertThat(match("Nguyễn Văn An", "Nguyễn An")).as("one word fewer").isTrue();
        assertThat(match("Nguyễn Văn An", "Nguyễn Văn Minh An")).as("one word more").isTrue();
        assertThat(match("Nguyễn Văn An", "Nguyễn Hữu An")).as("one word other").isTrue();
    }

    @Test
    void namesTwoWordsApart_orSharingOnlyTheFamilyName_doNotMatch() {
        assertThat(match("Nguyễn Văn An", "Nguyễn Thị Bình")).isFalse();
        assertThat(match("Nguyễn An", "Nguyễn Bình")).isFalse();
        assertThat(match("Trần Văn An", "Nguyễn Hữu An")).isFalse();
    }
}
