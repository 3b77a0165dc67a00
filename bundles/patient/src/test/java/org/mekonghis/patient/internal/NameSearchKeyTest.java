package org.mekonghis.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSearchKeyTest {

    @Test
    void normalize_stripsDiacriticsCaseAndExtraSpaces() {
        assertThat(NameSearchKey.normalize("  Nguyễn   Văn  An ")).isEqualTo("nguyen van an");
        assertThat(NameSearchKey.normalize("ĐẶNG THỊ Đào")).isEqualTo("dang thi dao");
        assertThat(NameSearchKey.normalize("Trần Thị Ngọc Ánh")).isEqualTo("tran thi ngoc anh");
    }

    @Test
    void normalize_treatsComposedAndDecomposedInputAlike() {
        String composed = "Nguy\u1EC5n";
        String decomposed = "Nguye\u0302\u0303n";
        assertThat(NameSearchKey.normalize(decomposed)).isEqualTo(NameSearchKey.normalize(composed)).isEqualTo("nguyen");
    }

    @Test
    void sortedKey_isTheSameWhateverTheWordOrder() {
        assertThat(NameSearchKey.of("Nguyễn Văn An").sorted()).isEqualTo("an nguyen van");
        assertThat(NameSearchKey.of("an  NGUYEN van").sorted()).isEqualTo("an nguyen van");
        assertThat(NameSearchKey.of("Nguyễn Văn An").tokens()).containsExactly("nguyen", "van", "an");
    }

    @Test
    void blankOrNull_givesNoTokens() {
        assertThat(NameSearchKey.of(null).tokens()).isEmpty();
        assertThat(NameSearchKey.of("  - ").tokens()).isEmpty();
    }
}
