package org.mekonghis.encounter.api;

/**
 * How an inpatient leaves, as the claim's MA_LOAI_RV (QĐ 130/QĐ-BYT, XML1 field 41), plus death.
 *
 * @since 1.2
 */
public enum DischargeKind {
    /** Ra viện (1): discharged home. */
    NORMAL(1, EncounterOutcome.HOME),
    /** Chuyển tuyến theo yêu cầu chuyên môn (2): referred to another facility for professional reasons. */
    TRANSFERRED_OUT(2, EncounterOutcome.REFERRED),
    /** Trốn viện (3): absconded. */
    ABSCONDED(3, EncounterOutcome.LEFT_AGAINST_ADVICE),
    /** Xin ra viện (4): left at own request, against advice. */
    LEFT_AGAINST_ADVICE(4, EncounterOutcome.LEFT_AGAINST_ADVICE),
    /** Chuyển tuyến theo yêu cầu người bệnh (5): referred at the patient's request. */
    TRANSFERRED_OUT_ON_REQUEST(5, EncounterOutcome.REFERRED),
    /**
     * Died in hospital; goes with {@link TreatmentResult#DIED}. The claim has no MA_LOAI_RV of its own
     * for death: it is sent as 1 (ra viện) with KET_QUA_DTRI 5.
     */
    DIED(1, EncounterOutcome.DIED);

    private final int claimCode;
    private final EncounterOutcome outcome;

    DischargeKind(int claimCode, EncounterOutcome outcome) {
        this.claimCode = claimCode;
        this.outcome = outcome;
    }

    /** The MA_LOAI_RV value. */
    public int claimCode() {
        return claimCode;
    }

    /** The outcome the discharged encounter is closed with. */
    public EncounterOutcome outcome() {
        return outcome;
    }

    /** Whether the patient goes to another facility, which must then be named with a reason. */
    public boolean referral() {
        return outcome == EncounterOutcome.REFERRED;
    }
}
