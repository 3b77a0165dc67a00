package org.mekonghis.patient.api;

import java.time.Instant;

import org.mekonghis.platform.api.event.DomainEvent;

/**
 * A duplicate record was merged into a surviving one ({@link PatientService#merge}). Modules that
 * keep data under the merged id should show it with, or move it to, the survivor. Carries ids
 * and codes only, no personal data.
 *
 * @param survivorId   the record that stays in use
 * @param survivorCode its patient code
 * @param mergedId     the record merged into it, now {@link PatientStatus#MERGED}
 * @param mergedCode   its patient code
 * @since 1.2
 */
public record PatientMerged(String survivorId, String survivorCode, String mergedId, String mergedCode,
        Instant mergedAt) implements DomainEvent {
    public static final String TOPIC = "patient.PatientMerged";

    @Override
    public String topic() {
        return TOPIC;
    }
}
