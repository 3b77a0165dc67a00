package org.mekonghis.patient.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.mekonghis.patient.api.Address;
import org.mekonghis.patient.api.Guardian;
import org.mekonghis.patient.api.InsuranceCard;
import org.mekonghis.patient.api.PatientDraft;
import org.mekonghis.patient.api.Sex;

/**
 * Generates believable, fictitious patients for demonstrations: Vietnamese names drawn from the
 * word lists in {@value #RESOURCE} with their usual frequencies, birth dates from 1935 to 2024,
 * citizen ids that agree with sex, birth year and a province of registration, insurance cards,
 * mobile numbers and street addresses, occupations, ethnic groups as the province's population
 * has them (mostly Kinh; Khơ-me in the Mekong delta, Hoa by family name, Mường and Tày in Hà Nội),
 * a parent or grandparent as guardian of every child under {@value #GUARDIAN_UNTIL_AGE}, and about
 * one foreigner in a hundred. Every number is random digits. The same seed gives the same
 * patients; only the card dates follow {@code today}.
 */
final class DemoPatients {
    static final String RESOURCE = "/demo/patients.txt";
    static final int FIRST_BIRTH_YEAR = 1935;
    static final int LAST_BIRTH_YEAR = 2024;
    /** Generation before this birth year mostly carries the traditional middle names Văn and Thị. */
    private static final int YOUNGER_GENERATION = 1990;
    private static final String[] MOBILE_PREFIXES = {"032", "033", "034", "035", "036", "037", "038", "039", "070",
        "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "088", "090", "091", "093", "094",
        "096", "097", "098"};

    /** About one patient in a hundred is a foreigner. */
    static final int FOREIGN_PERCENT = 1;
    /** Children up to this age come with a parent or grandparent, who is recorded as guardian. */
    static final int GUARDIAN_UNTIL_AGE = 16;

    /** Family names common among the Hoa, about half of whom are recorded with ethnic group 04. */
    private static final Set<String> HOA_FAMILY_NAMES = Set.of("Lâm", "Quách", "Lý", "Châu");

    private final Map<String, List<String[]>> sections;
    private final Random random;
    private final LocalDate today;
    private final Set<String> cccds = new HashSet<>();
    private final Set<String> cards = new HashSet<>();
    private final Set<String> phones = new HashSet<>();

    DemoPatients(long seed, LocalDate today) {
        this.sections = load();
        this.random = new Random(seed);
        this.today = today;
    }

    /** The next {@code count} patients. */
    List<PatientDraft> next(int count) {
        List<PatientDraft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drafts.add(next());
        }
        return drafts;
    }

    PatientDraft next() {
        if (random.nextInt(100) < FOREIGN_PERCENT) {
            return foreigner();
        }
        Sex sex = random.nextInt(100) < 51 ? Sex.FEMALE : Sex.MALE;
        int year = birthYear();
        String[] province = weightedRow("province", 1);
        String provinceCode = province[0];
        String ethnicity = minority(provinceCode);
        String family = "05".equals(ethnicity) ? any("family.khmer") : weighted("family", 1);
        if (ethnicity == null) {
            ethnicity = HOA_FAMILY_NAMES.contains(family) && random.nextBoolean() ? "04" : "01";
        }
        String fullName = family + " " + middleNames(sex, year) + " " + any(sex == Sex.MALE ? "given.male"
                : "given.female");
        LocalDate birthDate = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1)
                .lengthOfYear()));
        // the elderly often know their birth year only
        boolean yearOnly = year < 1955 && random.nextInt(100) < 40;
        int age = today.getYear() - year;

        String cccd = age >= 18 && random.nextInt(100) < 85 ? cccd(province[3], sex, year) : null;
        // young children have no phone of their own: the guardian's is on file
        String phone = age >= 12 ? phone() : null;
        Address address = random.nextInt(100) < 90 ? new Address(provinceCode, null, street(province[2],
                provinceCode), null) : null;
        InsuranceCard card = random.nextInt(100) < 45 ? card(age, provinceCode) : null;
        Guardian guardian = age < GUARDIAN_UNTIL_AGE ? guardian(family, year, province[3]) : null;
        return new PatientDraft(fullName, yearOnly ? null : birthDate, yearOnly ? year : null, sex, ethnicity, "VN",
                occupation(age), phone, cccd, card, address, guardian);
    }

    /** An ethnic group other than Kinh drawn with the province's shares, or null. */
    private String minority(String provinceCode) {
        for (String[] row : rows("ethnicity")) {
            if (row[0].equals(provinceCode) && random.nextDouble() * 100 < Double.parseDouble(row[2])) {
                return row[1];
            }
        }
        return null;
    }

    private String occupation(int age) {
        if (age < 6) {
            return null;
        }
        if (age < 18) {
            return "Học sinh";
        }
        if (age < 23 && random.nextBoolean()) {
            return "Sinh viên";
        }
        if (age >= 60) {
            return random.nextBoolean() ? "Hưu trí" : null;
        }
        return random.nextInt(100) < 85 ? weighted("occupation", 1) : null;
    }

    /** A parent or grandparent of a child of the family {@code family} born in {@code childYear}. */
    private Guardian guardian(String family, int childYear, String prefixes) {
        String[] row = weightedRow("guardian", 1);
        Sex sex = Sex.valueOf(row[2]);
        int generations = Integer.parseInt(row[3]);
        int year = childYear - (generations == 1 ? between(20, 40) : between(42, 65));
        // a father or paternal grandfather shares the child's family name
        String guardianFamily = sex == Sex.MALE ? family : weighted("family", 1);
        String name = guardianFamily + " " + middleNames(sex, year) + " " + any(sex == Sex.MALE ? "given.male"
                : "given.female");
        String cccd = random.nextInt(100) < 60 ? cccd(prefixes, sex, year) : null;
        return new Guardian(name, row[0], phone(), cccd);
    }

    /** A foreign patient: a name as in the passport, no citizen id or card, in one of the big cities. */
    private PatientDraft foreigner() {
        String[] row = weightedRow("foreign", -1);
        Sex sex = Sex.valueOf(row[2]);
        int year = between(1960, 2000);
        String provinceCode = random.nextBoolean() ? "79" : "01";
        Address address = new Address(provinceCode, null, random.nextInt(350) + 1 + " "
                + any("streets." + provinceCode), null);
        LocalDate birthDate = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        return new PatientDraft(row[1], birthDate, null, sex, null, row[0], null, random.nextInt(100) < 70 ? phone()
                : null, null, null, address, null);
    }

    /** Somewhat more children and elderly than in the population, as in a hospital's registry. */
    private int birthYear() {
        int r = random.nextInt(100);
        if (r < 15) {
            return between(2010, LAST_BIRTH_YEAR);
        }
        if (r < 40) {
            return between(FIRST_BIRTH_YEAR, 1960);
        }
        return between(1961, 2009);
    }

    private String middleNames(Sex sex, int year) {
        String section = sex == Sex.MALE ? "middle.male" : "middle.female";
        int column = year < YOUNGER_GENERATION ? 1 : 2;
        String middle = weighted(section, column);
        if (random.nextInt(100) < 12) {
            String second = weighted(section, 2);
            if (!second.equals(middle) && !second.equals("Văn") && !second.equals("Thị")) {
                middle = middle + " " + second;
            }
        }
        return middle;
    }

    /** A citizen id: registration prefix, sex and century, birth year, six random digits; unique. */
    private String cccd(String prefixes, Sex sex, int year) {
        String[] options = prefixes.split("\\s+");
        // mostly registered in the province itself, otherwise in a former province merged into it
        String prefix = options.length == 1 || random.nextInt(100) < 70 ? options[0]
                : options[1 + random.nextInt(options.length - 1)];
        int genderCentury = (year >= 2000 ? 2 : 0) + (sex == Sex.FEMALE ? 1 : 0);
        String cccd;
        do {
            cccd = prefix + genderCentury + String.format("%02d", year % 100) + digits(6);
        } while (!cccds.add(cccd));
        return cccd;
    }

    private String phone() {
        String phone;
        do {
            phone = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + digits(7);
        } while (!phones.add(phone));
        return phone;
    }

    private String street(String alley, String provinceCode) {
        String street = any("streets." + provinceCode);
        int number = 1 + random.nextInt(350);
        int r = random.nextInt(100);
        if (r < 65) {
            return number + " " + street;
        }
        if (r < 85) {
            return number + "/" + (1 + random.nextInt(40)) + " " + street;
        }
        return "Số " + (1 + random.nextInt(60)) + ", " + alley.toLowerCase(Locale.ROOT) + " " + number
                + " " + street;
    }

    /** A card of the beneficiary group matching the age, issued in the province, valid for a year. */
    private InsuranceCard card(int age, String provinceCode) {
        String group;
        if (age < 6) {
            group = "TE1";
        } else if (age < 23) {
            group = "HS4";
        } else if (age >= 80) {
            group = "BT2";
        } else if (age >= 60) {
            group = "HT3";
        } else {
            group = List.of("DN4", "HC4", "GD4", "GD4", "HN3").get(random.nextInt(5));
        }
        String number;
        do {
            number = group + provinceCode + digits(10);
        } while (!cards.add(number));
        // started within the last year, so most are valid today and a few have just expired
        LocalDate validFrom = today.withDayOfMonth(1).minusMonths(random.nextInt(13));
        LocalDate validTo = validFrom.plusYears(1).minusDays(1);
        String facility = provinceCode + String.format("%03d", 1 + random.nextInt(30));
        return new InsuranceCard(number, validFrom, validTo, facility, null);
    }

    private int between(int first, int last) {
        return first + random.nextInt(last - first + 1);
    }

    private String digits(int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    private String any(String section) {
        List<String[]> rows = rows(section);
        return rows.get(random.nextInt(rows.size()))[0];
    }

    private String weighted(String section, int weightColumn) {
        return weightedRow(section, weightColumn)[0];
    }

    /** A row drawn with the weights in {@code weightColumn}, or uniformly when it is negative. */
    private String[] weightedRow(String section, int weightColumn) {
        List<String[]> rows = rows(section);
        if (weightColumn < 0) {
            return rows.get(random.nextInt(rows.size()));
        }
        double total = 0;
        for (String[] row : rows) {
            total += Double.parseDouble(row[weightColumn]);
        }
        double pick = random.nextDouble() * total;
        for (String[] row : rows) {
            pick -= Double.parseDouble(row[weightColumn]);
            if (pick < 0) {
                return row;
            }
        }
        return rows.get(rows.size() - 1);
    }

    private List<String[]> rows(String section) {
        List<String[]> rows = sections.get(section);
        if (rows == null || rows.isEmpty()) {
            throw new IllegalStateException("no [" + section + "] in " + RESOURCE);
        }
        return rows;
    }

    /** The sections of the word lists, each a list of rows of trimmed fields, in file order. */
    static Map<String, List<String[]>> load() {
        Map<String, List<String[]>> sections = new LinkedHashMap<>();
        try (InputStream in = DemoPatients.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    current = sections.computeIfAbsent(text.substring(1, text.length() - 1), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException(RESOURCE + ": line outside a section: " + text);
                } else {
                    String[] fields = text.split("\\|");
                    for (int i = 0; i < fields.length; i++) {
                        fields[i] = fields[i].strip();
                    }
                    current.add(fields);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }
}
