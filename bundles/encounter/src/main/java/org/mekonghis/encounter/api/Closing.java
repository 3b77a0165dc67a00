package org.mekonghis.encounter.api;

/**
 * How an outpatient or emergency visit ends ({@link EncounterService#close(String, Closing)}).
 *
 * @param outcome                required; {@link EncounterOutcome#ADMITTED} only through
 *                               {@link InpatientService#admit}, which sets it
 * @param referredToFacilityCode the 5-digit code of the facility the patient is referred to (MA_NOI_DEN):
 *                               required for {@link EncounterOutcome#REFERRED}, refused otherwise
 * @param referralReason         why the patient is referred, at most
 *                               {@value EncounterService#REASON_MAX_LENGTH} characters: required for
 *                               {@link EncounterOutcome#REFERRED}, refused otherwise
 * @param note                   the doctor's advice or a remark (GHI_CHU), at most
 *                               {@value EncounterService#NOTE_MAX_LENGTH} characters; may be null
 * @since 1.2
 */
public record Closing(EncounterOutcome outcome, String referredToFacilityCode, String referralReason, String note) {

    /** Closing with {@code outcome} only. */
    public static Closing of(EncounterOutcome outcome) {
        return new Closing(outcome, null, null, null);
    }
}
