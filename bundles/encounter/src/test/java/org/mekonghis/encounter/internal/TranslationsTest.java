package org.mekonghis.encounter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/encounter_" + language
                + ".properties")) {
            assertThat(in).as("i18n/encounter_%s.properties", language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void vietnameseAndEnglish_haveTheSameKeys_allPrefixedWithEncounter() throws IOException {
        Properties vi = load("vi");
        Properties en = load("en");

        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(vi.stringPropertyNames()).allMatch(k -> k.startsWith("encounter."));
        assertThat(vi.getProperty("encounter.error.reason.required")).isEqualTo("Vui lòng nhập lý do khám.");
    }
}
