package org.mekonghis.terminology.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/terminology_" + language
                + ".properties")) {
            assertThat(in).as("i18n/terminology_%s.properties", language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void vietnameseAndEnglish_haveTheSameKeys_allPrefixedWithTerminology() throws IOException {
        Properties vi = load("vi");
        Properties en = load("en");

        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(vi.stringPropertyNames()).allMatch(k -> k.startsWith("terminology."));
        assertThat(vi.getProperty("terminology.permission.read")).isEqualTo("Tra cứu mã bệnh ICD-10");
    }

    @Test
    void everyKeyTheCodeUses_isTranslated() throws IOException {
        Pattern literal = Pattern.compile("\"(terminology\\.[a-zA-Z.]+[a-zA-Z])\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        // The audit record type and the permission ids are not messages.
        used.removeAll(Set.of("terminology.icd10", "terminology.read", "terminology.admin"));
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(load("vi").stringPropertyNames()).containsAll(used);
    }

    @Test
    void lineNumbers_areWrittenWithoutGroupingSeparators() throws IOException {
        String vi = load("vi").getProperty("terminology.import.code.duplicate");
        String en = load("en").getProperty("terminology.import.code.duplicate");
        assertThat(new MessageFormat(vi, Locale.forLanguageTag("vi")).format(new Object[] {12345, "J00", 1234}))
                .isEqualTo("Dòng 12345: mã J00 đã có ở dòng 1234.");
        assertThat(new MessageFormat(en, Locale.ENGLISH).format(new Object[] {12345, "J00", 1234}))
                .isEqualTo("Line 12345: the code J00 is already on line 1234.");
    }
}
