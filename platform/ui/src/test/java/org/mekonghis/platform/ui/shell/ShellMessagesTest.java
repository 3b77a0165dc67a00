package org.mekonghis.platform.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The shell's resource bundles: same keys in both languages, the required error keys, real Vietnamese. */
class ShellMessagesTest {

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ShellMessagesTest.class.getClassLoader()
                .getResourceAsStream("i18n/platform_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglish_haveTheSameKeys() throws IOException {
        assertThat(load("vi").keySet()).containsExactlyInAnyOrderElementsOf(load("en").keySet());
    }

    @Test
    void bundles_containTheErrorKeysTheApiUses() throws IOException {
        assertThat(load("vi").stringPropertyNames()).contains("error.accessDenied", "error.notAuthenticated",
                "error.persistence", "error.internal");
    }

    @Test
    void keys_arePrefixedByTheirArea() throws IOException {
        assertThat(load("vi").stringPropertyNames())
                .allMatch(key -> key.startsWith("shell.") || key.startsWith("admin.") || key.startsWith("error."));
    }

    @Test
    void vietnamese_isReadAsUtf8WithDiacritics() throws IOException {
        assertThat(load("vi").getProperty("shell.menu.admin")).isEqualTo("Quản trị hệ thống");
    }
}
