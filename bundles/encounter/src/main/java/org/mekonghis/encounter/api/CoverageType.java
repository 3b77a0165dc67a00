package org.mekonghis.encounter.api;

/**
 * Who pays for a visit.
 *
 * @since 1.2
 */
public enum CoverageType {
    /** The patient pays everything (dịch vụ / viện phí). */
    SELF_PAY,
    /** Health insurance (BHYT) pays its share; the card is taken from the patient's record. */
    INSURANCE
}
