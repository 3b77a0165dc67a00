package org.mekonghis.encounter.api;

/**
 * The result of an inpatient's treatment at discharge, as the claim's KET_QUA_DTRI (QĐ 130/QĐ-BYT
 * as amended by QĐ 4750/QĐ-BYT, XML1 field 40).
 *
 * @since 1.2
 */
public enum TreatmentResult {
    /** Khỏi (1). */
    CURED(1),
    /** Đỡ, giảm (2). */
    IMPROVED(2),
    /** Không thay đổi (3). */
    UNCHANGED(3),
    /** Nặng hơn (4). */
    WORSE(4),
    /** Tử vong (5). */
    DIED(5),
    /** Tiên lượng nặng xin về (6): grave prognosis, taken home by the family. */
    GRAVE_TAKEN_HOME(6),
    /** Chưa xác định (7). */
    UNDETERMINED(7);

    private final int claimCode;

    TreatmentResult(int claimCode) {
        this.claimCode = claimCode;
    }

    /** The KET_QUA_DTRI value. */
    public int claimCode() {
        return claimCode;
    }
}
