package org.mekonghis.platform.api.audit;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Records audit entries. Who (the current principal), when, and from where (the current
 * {@code ClientInfo}) are filled in by the platform. Recording never fails silently: when the
 * entry cannot be stored, the exception propagates so the caller's transaction fails too.
 */
@ProviderType
public interface AuditLog {

    /**
     * @param action     what was done
     * @param patientId  internal id of the patient concerned, or null
     * @param recordType the kind of record, e.g. {@code patient}, {@code encounter}, {@code billing.invoice}; may be null
     * @param recordId   internal id of the record, or null
     * @param success    whether the action succeeded
     * @param detail     a short description without names or national ids (internal ids only); may be null
     */
    void record(AuditAction action, String patientId, String recordType, String recordId, boolean success, String detail);

    /** Records a successful action on a patient's record. */
    default void record(AuditAction action, String patientId, String recordType, String recordId) {
        record(action, patientId, recordType, recordId, true, null);
    }
}
