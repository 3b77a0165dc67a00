package org.mekonghis.platform.api.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reading and verifying the audit log, for auditors. Every method requires the permission
 * {@value #PERMISSION}; searches and exports are themselves audited.
 */
@ProviderType
public interface AuditTrail {

    /** The permission to read, export and verify the audit log. */
    String PERMISSION = "platform.audit.read";

    /** Entries matching {@code filter}, newest first. */
    List<AuditEntry> search(Filter filter, int offset, int limit);

    /** Writes the matching entries as CSV (UTF-8, header line, oldest first), streaming. */
    void exportCsv(Filter filter, Writer out) throws IOException;

    /** Walks the whole chain and reports the first entry that was altered, inserted or removed. */
    Verification verify();

    /**
     * What to look for; null fields match everything.
     *
     * @param patientId   entries about this patient
     * @param principal   entries by this user (id or user name)
     * @param action      entries of this action
     * @param from        at or after this instant
     * @param to          before this instant
     */
    record Filter(String patientId, String principal, AuditAction action, Instant from, Instant to) {
        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    /**
     * @param intact        whether the whole chain checks out
     * @param entries       how many entries were checked
     * @param firstBroken   sequence of the first entry that fails the check, or -1
     * @param problem       what is wrong with it (altered, inserted, missing), or null
     */
    record Verification(boolean intact, long entries, long firstBroken, String problem) {
    }
}
