package org.mekonghis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void of_dropsDiacriticsAndCase_includingDStroke() {
        assertThat(SearchText.of("Nguyễn Văn Đức")).isEqualTo("nguyen van duc");
        assertThat(SearchText.of("  TRẦN   thị  Ánh ")).isEqualTo("tran thi anh");
        assertThat(SearchText.of("đỗ ĐẶNG")).isEqualTo("do dang");
        assertThat(SearchText.of(null)).isEmpty();
    }

    @Test
    void containsPattern_escapesWildcards() {
        assertThat(SearchText.containsPattern("Lê_50%")).isEqualTo("%le!_50!%%");
        assertThat(SearchText.containsPattern("a!b")).isEqualTo("%a!!b%");
    }
}
