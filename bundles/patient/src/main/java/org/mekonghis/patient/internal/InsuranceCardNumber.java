package org.mekonghis.patient.internal;

import java.util.regex.Pattern;

/**
 * The 15-character BHYT card number: 2 letters beneficiary group, 1 digit benefit level 1-5,
 * 2 digits province of the issuing office, 10 digits personal social-insurance number.
 */
final class InsuranceCardNumber {
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[1-5][0-9]{2}[0-9]{10}");
    private static final Pattern FACILITY = Pattern.compile("\\d{5}");

    private InsuranceCardNumber() {
    }

    static boolean isValid(String number) {
        return FORMAT.matcher(number).matches();
    }

    /** The registered initial facility (MA_DKBD): 2-digit province + 3-digit sequence. */
    static boolean isValidFacilityCode(String code) {
        return FACILITY.matcher(code).matches();
    }
}
