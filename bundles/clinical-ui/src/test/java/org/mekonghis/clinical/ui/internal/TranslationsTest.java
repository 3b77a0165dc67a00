package org.mekonghis.clinical.ui.internal;

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
import org.mekonghis.encounter.api.CoverageType;
import org.mekonghis.encounter.api.DischargeKind;
import org.mekonghis.encounter.api.EncounterOutcome;
import org.mekonghis.encounter.api.EncounterStatus;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.encounter.api.InsuranceRoute;
import org.mekonghis.encounter.api.QueueStatus;
import org.mekonghis.encounter.api.TreatmentResult;
import org.mekonghis.patient.api.PatientStatus;
import org.mekonghis.patient.api.Sex;

class TranslationsTest {
    /** A key written out in code: "clinical.something". */
    private static final Pattern KEY = Pattern.compile("\"(clinical\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    /** A key built from a prefix and an enum constant's name: "clinical.sex." + s.name(). */
    private static final Pattern PREFIX = Pattern.compile("\"(clinical\\.[A-Za-z0-9_.]+\\.)\"\\s*\\+");

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/clinical_" + language
                + ".properties")) {
            assertThat(in).as("i18n/clinical_%s.properties", language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void vietnameseAndEnglish_haveTheSameKeys_allPrefixedWithClinical() throws IOException {
        Properties vi = load("vi");
        Properties en = load("en");

        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(vi.stringPropertyNames()).allMatch(k -> k.startsWith("clinical."));
        assertThat(vi.getProperty("clinical.menu.reception")).isEqualTo("Tiếp đón");
        assertThat(en.getProperty("clinical.menu.reception")).isEqualTo("Reception");
    }

    @Test
    void everyKeyTheCodeAsksFor_isTranslated_includingThoseNamedAfterEnumConstants() throws IOException {
        Properties vi = load("vi");
        String code = sources();
        Set<String> missing = new TreeSet<>();
        Matcher m = KEY.matcher(code);
        while (m.find()) {
            if (!vi.containsKey(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        Matcher p = PREFIX.matcher(code);
        Set<String> prefixes = new TreeSet<>();
        while (p.find()) {
            prefixes.add(p.group(1));
        }
        assertThat(prefixes).isNotEmpty();
        for (String prefix : prefixes) {
            Set<String> constants = constantsFor(prefix);
            assertThat(constants).as("enum behind prefix %s", prefix).isNotEmpty();
            constants.stream().map(c -> prefix + c).filter(k -> !vi.containsKey(k)).forEach(missing::add);
        }
        assertThat(missing).isEmpty();
    }

    /** The names a prefix key is completed with; each prefix belongs to one enum. */
    private static Set<String> constantsFor(String prefix) {
        Class<? extends Enum<?>> type = switch (prefix) {
            case "clinical.sex." -> Sex.class;
            case "clinical.encounterType." -> EncounterType.class;
            case "clinical.coverage." -> CoverageType.class;
            case "clinical.route." -> InsuranceRoute.class;
            case "clinical.queueStatus." -> QueueStatus.class;
            case "clinical.encounterStatus." -> EncounterStatus.class;
            case "clinical.outcome." -> EncounterOutcome.class;
            case "clinical.dischargeKind." -> DischargeKind.class;
            case "clinical.treatmentResult." -> TreatmentResult.class;
            case "clinical.card." -> org.mekonghis.clinical.ui.patient.PatientLabels.CardState.class;
            case "clinical.chart.status." -> PatientStatus.class;
            default -> null;
        };
        if (prefix.equals("clinical.merge.direction.")) {
            // MergeDialog.Direction, private to the chart package
            return Set.of("PICKED_INTO_THIS", "THIS_INTO_PICKED");
        }
        Set<String> names = new TreeSet<>();
        if (type != null) {
            for (Enum<?> e : type.getEnumConstants()) {
                names.add(e.name());
            }
            if (type == org.mekonghis.clinical.ui.patient.PatientLabels.CardState.class) {
                names.remove("NONE");
            }
        }
        return names;
    }

    @Test
    void everyMessage_isAValidMessageFormat_inBothLanguages() throws IOException {
        for (String language : new String[] {"vi", "en"}) {
            Properties p = load(language);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                assertThat(new MessageFormat(pattern, Locale.forLanguageTag(language)).format(new Object[] {1, 2, 3}))
                        .as("%s in %s", key, language).isNotBlank();
            }
        }
    }

    @Test
    void vietnameseTexts_carryTheirDiacritics() throws IOException {
        Properties vi = load("vi");
        assertThat(vi.getProperty("clinical.reception.title")).isEqualTo("Tiếp đón bệnh nhân");
        assertThat(vi.getProperty("clinical.sex.FEMALE")).isEqualTo("Nữ");
        assertThat(vi.getProperty("clinical.age.years")).isEqualTo("{0} tuổi");
    }
}
