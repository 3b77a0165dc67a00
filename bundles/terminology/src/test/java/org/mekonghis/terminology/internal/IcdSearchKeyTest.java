package org.mekonghis.terminology.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IcdSearchKeyTest {

    @Test
    void key_dropsDiacriticsCaseAndPunctuation_andStartsEveryWordWithASpace() {
        assertThat(IcdSearchKey.of("Viêm họng cấp, không đặc hiệu", "Acute pharyngitis, unspecified"))
                .isEqualTo(" viem hong cap khong dac hieu acute pharyngitis unspecified");
        assertThat(IcdSearchKey.of("Bệnh đái tháo đường týp 2", null)).isEqualTo(" benh dai thao duong typ 2");
        assertThat(IcdSearchKey.of("Viêm mũi họng cấp [cảm thường]", null)).isEqualTo(" viem mui hong cap cam thuong");
    }

    @Test
    void key_isTheSameForComposedAndDecomposedVietnamese() {
        String composed = "Nhồi máu não";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(IcdSearchKey.of(decomposed, null)).isEqualTo(IcdSearchKey.of(composed, null))
                .isEqualTo(" nhoi mau nao");
    }

    @Test
    void words_ofAQuery_matchTheKeyWhateverTheirCaseAndMarks() {
        assertThat(IcdSearchKey.words("  VIÊM   Họng ")).containsExactly("viem", "hong");
        assertThat(IcdSearchKey.words("Đau-đầu")).containsExactly("dau", "dau");
        assertThat(IcdSearchKey.words("%_'")).isEmpty();
        assertThat(IcdSearchKey.words(null)).isEmpty();
    }
}
