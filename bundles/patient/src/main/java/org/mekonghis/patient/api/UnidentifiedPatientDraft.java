package org.mekonghis.patient.api;

/**
 * What the emergency desk knows of a patient it cannot identify.
 *
 * @param sex            the sex, or null when it cannot be told ({@link Sex#UNKNOWN})
 * @param approximateAge the estimated age in years, 0 to {@value PatientService#APPROXIMATE_AGE_MAX}, or null
 * @param description    what may help to identify the patient later (clothes, belongings, where and how
 *                       found), at most {@value PatientService#DESCRIPTION_MAX_LENGTH} characters, or null
 * @since 1.2
 */
public record UnidentifiedPatientDraft(Sex sex, Integer approximateAge, String description) {
}
