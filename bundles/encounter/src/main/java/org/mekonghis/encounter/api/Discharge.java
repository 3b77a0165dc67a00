package org.mekonghis.encounter.api;

/**
 * How an inpatient is discharged ({@link InpatientService#discharge}).
 *
 * @param kind                   required
 * @param result                 required; {@link TreatmentResult#DIED} exactly when {@code kind} is
 *                               {@link DischargeKind#DIED}
 * @param referredToFacilityCode the 5-digit code of the receiving facility (MA_NOI_DEN): required when
 *                               {@link DischargeKind#referral()}, refused otherwise
 * @param referralReason         required when {@link DischargeKind#referral()}, refused otherwise; at most
 *                               {@value EncounterService#REASON_MAX_LENGTH} characters
 * @param note                   the doctor's advice at discharge (GHI_CHU), at most
 *                               {@value EncounterService#NOTE_MAX_LENGTH} characters; may be null
 * @since 1.2
 */
public record Discharge(DischargeKind kind, TreatmentResult result, String referredToFacilityCode,
        String referralReason, String note) {
}
