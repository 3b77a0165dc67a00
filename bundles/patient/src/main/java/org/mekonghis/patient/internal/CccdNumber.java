package org.mekonghis.patient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.mekonghis.platform.api.FieldError;
import org.mekonghis.patient.api.Sex;

/**
 * The 12-digit citizen identity number (CCCD / personal identification number, Circular
 * 07/2016/TT-BCA): digits 1-3 the province of birth registration, digit 4 sex and century of
 * birth, digits 5-6 the last two digits of the birth year, digits 7-12 random. There is no check
 * digit, so only the structure and its agreement with the patient's sex and birth year can be
 * verified.
 */
final class CccdNumber {
    static final String FIELD = "cccd";
    private static final Pattern FORMAT = Pattern.compile("\\d{12}");

    /**
     * Province-of-registration prefixes accepted in digits 1-3: "0" + the code of one of the 63
     * provinces and cities that existed before 1 July 2025. A citizen id records where the birth
     * was registered, so ids keep the former codes after the provinces were merged.
     */
    static final Set<String> REGISTRATION_PREFIXES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022",
            "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042",
            "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066",
            "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087",
            "089", "091", "092", "093", "094", "095", "096");

    private CccdNumber() {
    }

    /**
     * The problems of {@code cccd} (already stripped of spaces) for a patient of {@code sex} born in
     * {@code birthYear} (null when unknown); empty when it is acceptable.
     */
    static List<FieldError> check(String cccd, Sex sex, Integer birthYear) {
        List<FieldError> errors = new ArrayList<>();
        if (!FORMAT.matcher(cccd).matches()) {
            errors.add(new FieldError(FIELD, "patient.error.cccd.format"));
            return errors;
        }
        if (!REGISTRATION_PREFIXES.contains(cccd.substring(0, 3))) {
            errors.add(new FieldError(FIELD, "patient.error.cccd.province", cccd.substring(0, 3)));
        }
        int genderCentury = cccd.charAt(3) - '0';
        int century = centuryStart(genderCentury);
        if (century < 0) {
            errors.add(new FieldError(FIELD, "patient.error.cccd.genderCentury"));
            return errors;
        }
        boolean female = genderCentury % 2 == 1;
        if ((sex == Sex.MALE && female) || (sex == Sex.FEMALE && !female)) {
            errors.add(new FieldError(FIELD, "patient.error.cccd.sex"));
        }
        if (birthYear != null) {
            int encoded = century + Integer.parseInt(cccd.substring(4, 6));
            if (encoded != birthYear) {
                errors.add(new FieldError(FIELD, "patient.error.cccd.birthYear", String.valueOf(birthYear)));
            }
        }
        return errors;
    }

    /** The first year of the century digit 4 encodes (0/1 = 1900s, 2/3 = 2000s... 8/9 = 1800s), or -1. */
    static int centuryStart(int genderCenturyDigit) {
        return switch (genderCenturyDigit) {
            case 0, 1 -> 1900;
            case 2, 3 -> 2000;
            case 4, 5 -> 2100;
            case 6, 7 -> 2200;
            case 8, 9 -> 1800;
            default -> -1;
        };
    }
}
