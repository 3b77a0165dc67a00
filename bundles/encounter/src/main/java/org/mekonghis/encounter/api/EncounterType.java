package org.mekonghis.encounter.api;

/**
 * The kind of visit. Inpatient stays will be added as a further constant.
 *
 * @since 1.0
 */
public enum EncounterType {
    /** A visit to a clinic; the patient gets a queue number of the department for the day. */
    OUTPATIENT,
    /** An emergency visit; seen by urgency, not by queue number. */
    EMERGENCY
}
