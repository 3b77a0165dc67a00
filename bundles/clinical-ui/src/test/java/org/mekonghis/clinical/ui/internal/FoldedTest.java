package org.mekonghis.clinical.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTest {

    @Test
    void vietnameseLetters_foldToPlainLowerCase_includingDWithStroke() {
        assertThat(Folded.of("  Đắk   Lắk ")).isEqualTo("dak lak");
        assertThat(Folded.of("Thành phố Hồ Chí Minh")).isEqualTo("thanh pho ho chi minh");
    }

    @Test
    void everyTypedWord_mustOccurInTheLabel_inAnyOrder() {
        assertThat(Folded.matches("Thành phố Hà Nội", "ha noi")).isTrue();
        assertThat(Folded.matches("Thành phố Hà Nội", "noi thanh")).isTrue();
        assertThat(Folded.matches("Thành phố Hà Nội", "hue")).isFalse();
        assertThat(Folded.matches("Nữ", "")).isTrue();
    }
}
