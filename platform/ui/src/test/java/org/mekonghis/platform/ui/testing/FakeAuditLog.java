package org.mekonghis.platform.ui.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;

/** An {@link AuditLog} for tests: keeps every entry with the principal and client of the recording thread. */
public final class FakeAuditLog implements AuditLog {

    /** One recorded entry; {@code principal} and {@code client} as the security context had them. */
    public record Recorded(AuditAction action, String patientId, String recordType, String recordId, boolean success,
            String detail, Principal principal, ClientInfo client) {
    }

    private final SecurityContext security;
    private final List<Recorded> entries = new CopyOnWriteArrayList<>();

    public FakeAuditLog(SecurityContext security) {
        this.security = security;
    }

    public List<Recorded> entries() {
        return List.copyOf(entries);
    }

    @Override
    public void record(AuditAction action, String patientId, String recordType, String recordId, boolean success,
            String detail) {
        entries.add(new Recorded(action, patientId, recordType, recordId, success, detail,
                security.current().orElse(null), security.client().orElse(null)));
    }
}
