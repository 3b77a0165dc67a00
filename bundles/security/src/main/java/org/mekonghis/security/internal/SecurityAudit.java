package org.mekonghis.security.internal;

import java.util.Set;

import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;

/**
 * The module's audit entries. Administration is recorded as the current principal; sign-in
 * events are recorded as the user who signs in (or an unknown user), from where the attempt came.
 * Details never hold passwords or tokens.
 */
final class SecurityAudit {
    static final String USER = "security.user";
    static final String ROLE = "security.role";
    static final String CLIENT = "security.client";
    /** Longest user name recorded for a failed sign-in; the field is not trusted input. */
    static final int MAX_ATTEMPTED_NAME = 50;

    private final AuditLog log;
    private final SecurityContext security;

    SecurityAudit(AuditLog log, SecurityContext security) {
        this.log = log;
        this.security = security;
    }

    /** An administrative change by the current principal. */
    void administer(String recordType, String recordId, String detail) {
        log.record(AuditAction.ADMINISTER, null, recordType, recordId, true, detail);
    }

    /** A sign-in event recorded as {@code who}, from {@code client}. */
    void as(Principal who, ClientInfo client, AuditAction action, String recordId, boolean success, String detail) {
        try {
            security.runAs(who, client, () -> {
                log.record(action, null, USER, recordId, success, detail);
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("audit entry could not be recorded", e);
        }
    }

    /**
     * The principal a failed sign-in is recorded as: a user with the attempted name, shortened and
     * stripped of control characters, or {@code unknown}.
     */
    static Principal attempted(String username) {
        String name = username == null ? "" : username.strip();
        StringBuilder sb = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c)).limit(MAX_ATTEMPTED_NAME).forEach(sb::appendCodePoint);
        String shown = sb.isEmpty() ? "unknown" : sb.toString();
        return new Principal("unknown", shown, shown, Principal.Kind.USER, Set.of());
    }
}
