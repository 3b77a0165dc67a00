package org.mekonghis.patient.api;

import java.time.LocalDate;

/**
 * A health-insurance (BHYT) card as printed.
 *
 * @param number       the 15-character card number, e.g. {@code HS4010120878811}
 * @param validFrom    first day the card is valid
 * @param validTo      last day the card is valid, not before {@code validFrom}
 * @param facilityCode the registered initial facility (MA_DKBD), 5 digits
 * @since 1.0
 */
public record InsuranceCard(String number, LocalDate validFrom, LocalDate validTo, String facilityCode) {
}
