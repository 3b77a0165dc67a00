package org.mekonghis.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/sample_" + language + ".properties")) {
            assertThat(in).as("i18n/sample_%s.properties", language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void vietnameseAndEnglish_haveTheSameKeys_allPrefixedWithSample() throws IOException {
        Properties vi = load("vi");
        Properties en = load("en");

        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(vi.stringPropertyNames()).allMatch(k -> k.startsWith("sample."));
    }

    @Test
    void everyKeyTheCodeUses_isTranslated() throws IOException {
        List<String> used = List.of("sample.menu.notices", "sample.permission.notices", "sample.error.titleRequired",
                "sample.error.titleTooLong", "sample.error.bodyTooLong", "sample.error.noticeNotFound",
                "sample.error.malformedBody", "sample.error.badLimit", "sample.error.noSuchResource",
                "sample.error.methodNotAllowed", "sample.error.bodyTooLarge", "sample.form.post",
                "sample.activity.noticePosted");
        Properties vi = load("vi");

        assertThat(vi.stringPropertyNames()).containsAll(used);
        SampleDemoData.NOTICES.forEach(n -> assertThat(vi).containsKeys("sample.demo." + n + ".title",
                "sample.demo." + n + ".body"));
        assertThat(vi.getProperty("sample.form.post")).isEqualTo("Đăng thông báo");
    }
}
