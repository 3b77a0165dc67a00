package org.mekonghis.encounter.api;

/**
 * The kind of visit. The claim's type of encounter (MA_LOAI_KCB) follows from it.
 *
 * @since 1.0 (INPATIENT since 1.2)
 */
public enum EncounterType {
    /** A visit to a clinic room; the patient gets a queue number of the room for the day (MA_LOAI_KCB 01). */
    OUTPATIENT,
    /** An emergency visit; seen by urgency, not by queue number. */
    EMERGENCY,
    /** An inpatient stay in a bed, opened by admission from an outpatient or emergency visit (MA_LOAI_KCB 03). */
    INPATIENT
}
