package org.mekonghis.patient.api;

import java.time.Instant;

/**
 * One changed field of a patient's record, as the history keeps it.
 *
 * @param at       when the change was saved
 * @param by       the id of the principal who made it
 * @param field    the field's REST name, e.g. {@code phone} or {@code address.street}; a voiding
 *                 shows as {@code voided} and {@code voidReason}
 * @param oldValue the value before, as text; null when there was none
 * @param newValue the value after, as text; null when it was cleared
 * @since 1.0
 */
public record PatientFieldChange(Instant at, String by, String field, String oldValue, String newValue) {
}
