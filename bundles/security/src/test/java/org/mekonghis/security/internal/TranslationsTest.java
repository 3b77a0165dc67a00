package org.mekonghis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mekonghis.security.api.JobTitle;

class TranslationsTest {

    private static Properties load(String locale) throws IOException {
        Properties p = new Properties();
        try (var in = TranslationsTest.class.getClassLoader().getResourceAsStream("i18n/security_" + locale + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void vietnameseAndEnglish_haveTheSameKeys() throws IOException {
        assertThat(load("vi").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void vietnamese_isWrittenWithDiacritics() throws IOException {
        assertThat(load("vi").getProperty("security.error.badCredentials")).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
    }

    @Test
    void everyKeyUsedInCode_isTranslated() throws IOException {
        Set<String> keys = load("vi").stringPropertyNames();
        Set<String> used = new HashSet<>();
        Pattern literal = Pattern.compile("\"(security\\.[a-zA-Z]+\\.[a-zA-Z.]+[a-zA-Z])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.removeIf(k -> k.startsWith("security.lockout.") || k.startsWith("security.password.min")
                || k.startsWith("security.token.") || k.startsWith("security.principal.")
                || k.startsWith("security.argon2.") || k.startsWith("security.ui.") || k.endsWith(".manage")
                || k.equals("security.user") || k.equals("security.role") || k.equals("security.client"));
        assertThat(keys).containsAll(used);
        for (JobTitle t : JobTitle.values()) {
            assertThat(keys).contains(t.nameKey(), "security.role." + t.name());
        }
    }
}
