package org.mekonghis.patient.api;

import java.time.LocalDate;

/**
 * A health-insurance (BHYT) card as printed or returned by the BHXH look-up.
 *
 * @param number                  the 15-character card number, e.g. {@code HS4010120878811}
 * @param validFrom               first day the card is valid
 * @param validTo                 last day the card is valid, not before {@code validFrom}
 * @param facilityCode            the registered initial facility (MA_DKBD), 5 digits
 * @param fiveYearsContinuousFrom the date the holder has (or will have) 5 consecutive years of insurance
 *                                ("thời điểm đủ 5 năm liên tục", {@code ngayDu5Nam} of the look-up), or null
 *                                when unknown; it raises the benefit level for some costs
 * @since 1.0 (fiveYearsContinuousFrom since 1.2)
 */
public record InsuranceCard(String number, LocalDate validFrom, LocalDate validTo, String facilityCode,
        LocalDate fiveYearsContinuousFrom) {
}
