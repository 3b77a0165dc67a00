package org.mekonghis.security.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.security.SecurityContext;

/** Keeps audit entries in memory with the principal that was current when they were recorded. */
final class RecordingAuditLog implements AuditLog {

    record Entry(String principalId, String principalName, AuditAction action, String recordType, String recordId,
            boolean success, String detail) {
    }

    private final SecurityContext security;
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    RecordingAuditLog(SecurityContext security) {
        this.security = security;
    }

    @Override
    public void record(AuditAction action, String patientId, String recordType, String recordId, boolean success,
            String detail) {
        var p = security.current().orElseThrow(() -> new AssertionError("audit entry without a principal"));
        entries.add(new Entry(p.id(), p.username(), action, recordType, recordId, success, detail));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    List<Entry> of(AuditAction action) {
        return entries.stream().filter(e -> e.action() == action).toList();
    }
}
