package org.mekonghis.encounter.api;

/**
 * How an encounter ended.
 *
 * @since 1.0
 */
public enum EncounterOutcome {
    /** Sent home, with or without treatment to follow. */
    HOME,
    /** Admitted as an inpatient of this facility. */
    ADMITTED,
    /** Referred to another facility. */
    REFERRED,
    DIED,
    /** Left against medical advice. */
    LEFT_AGAINST_ADVICE
}
