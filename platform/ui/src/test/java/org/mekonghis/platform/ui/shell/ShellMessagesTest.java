package org.mekonghis.platform.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.audit.AuditAction;

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
    void bundles_containTheKeysOfTheSecurityBundlesExceptions() throws IOException {
        assertThat(load("vi").stringPropertyNames()).contains("error.sec.badCredentials", "error.sec.locked",
                "error.sec.inactive", "error.password.tooShort", "error.password.needsLetterAndDigit",
                "error.password.containsUsername", "error.password.tooCommon", "error.password.wrongCurrent");
        assertThat(load("vi").getProperty("error.sec.locked")).contains("{0}");
        assertThat(load("vi").getProperty("error.password.tooShort")).contains("{0}");
    }

    @Test
    void bundles_nameEveryAuditAction() throws IOException {
        assertThat(load("vi").stringPropertyNames()).containsAll(Arrays.stream(AuditAction.values())
                .map(action -> "audit.action." + action.name()).toList());
    }

    @Test
    void datePickerNames_haveTwelveMonthsAndSevenDaysInBothLanguages() throws IOException {
        for (String language : new String[] {"vi", "en"}) {
            Properties properties = load(language);
            assertThat(properties.getProperty("shell.datePicker.months").split(",")).hasSize(12);
            assertThat(properties.getProperty("shell.datePicker.weekdays").split(",")).hasSize(7);
            assertThat(properties.getProperty("shell.datePicker.weekdaysShort").split(",")).hasSize(7);
        }
    }

    @Test
    void keys_arePrefixedByTheirArea() throws IOException {
        assertThat(load("vi").stringPropertyNames())
                .allMatch(key -> Stream.of("shell.", "admin.", "error.", "login.", "password.", "audit.")
                        .anyMatch(key::startsWith));
    }

    @Test
    void vietnamese_isReadAsUtf8WithDiacritics() throws IOException {
        assertThat(load("vi").getProperty("shell.menu.admin")).isEqualTo("Quản trị hệ thống");
    }
}
