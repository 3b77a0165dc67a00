package org.mekonghis.encounter.api;

/**
 * How an encounter ended. A discharged inpatient's outcome follows from its {@link DischargeKind}.
 *
 * @since 1.0
 */
public enum EncounterOutcome {
    /** Sent home, with or without treatment to follow. */
    HOME,
    /** Admitted as an inpatient of this facility; set by {@link InpatientService#admit}. */
    ADMITTED,
    /** Referred to another facility. */
    REFERRED,
    DIED,
    /** Left against medical advice (or, for an inpatient, absconded). */
    LEFT_AGAINST_ADVICE
}
