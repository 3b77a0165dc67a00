package org.mekonghis.encounter.api;

/**
 * How an insured patient came to the facility (tuyến), which decides how much the fund pays and
 * which arrival category (MA_DOITUONG_KCB) the claim carries. The exact category code also depends
 * on the facility's level and the card; the claims module derives it.
 *
 * @since 1.2
 */
public enum InsuranceRoute {
    /** Right route: at the registered initial facility or where the law treats it as such (đúng tuyến). */
    CORRECT_ROUTE,
    /** Sent by another facility with a referral paper (giấy chuyển tuyến): number and facility required. */
    REFERRAL,
    /** An emergency (cấp cứu): always treated as right route. Only for emergency encounters. */
    EMERGENCY,
    /** Self-referred, not on the right route (trái tuyến / tự đi khám). */
    WRONG_ROUTE
}
