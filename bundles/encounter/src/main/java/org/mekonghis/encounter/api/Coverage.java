package org.mekonghis.encounter.api;

import java.time.LocalDate;

/**
 * Who pays for a visit, and for an insured visit the route and the card used.
 *
 * <p>On input ({@link EncounterDraft#coverage()}) only {@code type}, {@code route} and the referral
 * fields count: the card is always taken from the patient's record at check-in, and a
 * {@code cardNumber} sent along must be that card's number (a check that the desk sees the right
 * patient). On output the card fields are the snapshot stored with the encounter: later changes
 * of the patient's card do not change it.
 *
 * @param type                     required
 * @param route                    required for {@link CoverageType#INSURANCE}, null for self-pay
 * @param referralNumber           the referral paper's number (GIAY_CHUYEN_TUYEN, at most
 *                                 {@value EncounterService#REFERRAL_NUMBER_MAX_LENGTH} characters); required for
 *                                 {@link InsuranceRoute#REFERRAL}, null otherwise
 * @param referralFromFacilityCode the referring facility's 5-digit code (MA_NOI_DI), required for
 *                                 {@link InsuranceRoute#REFERRAL}, null otherwise
 * @param cardNumber               the 15-character BHYT card number (MA_THE_BHYT); null for self-pay
 * @param cardValidFrom            first day the card is valid (GT_THE_TU)
 * @param cardValidTo              last day the card is valid (GT_THE_DEN); the visit day is within
 * @param cardFacilityCode         the card's registered initial facility (MA_DKBD), or null
 * @param fiveYearsContinuousFrom  the day the patient reached 5 consecutive years of insurance
 *                                 (NAM_NAM_LIEN_TUC), or null when unknown
 * @since 1.2
 */
public record Coverage(CoverageType type, InsuranceRoute route, String referralNumber,
        String referralFromFacilityCode, String cardNumber, LocalDate cardValidFrom, LocalDate cardValidTo,
        String cardFacilityCode, LocalDate fiveYearsContinuousFrom) {

    /** The patient pays. */
    public static Coverage selfPay() {
        return new Coverage(CoverageType.SELF_PAY, null, null, null, null, null, null, null, null);
    }

    /** Insured on {@code route}; the card comes from the patient's record. Not for referrals. */
    public static Coverage insurance(InsuranceRoute route) {
        return new Coverage(CoverageType.INSURANCE, route, null, null, null, null, null, null, null);
    }

    /** Insured, sent by facility {@code fromFacilityCode} with referral paper {@code referralNumber}. */
    public static Coverage referral(String referralNumber, String fromFacilityCode) {
        return new Coverage(CoverageType.INSURANCE, InsuranceRoute.REFERRAL, referralNumber, fromFacilityCode, null,
                null, null, null, null);
    }
}
