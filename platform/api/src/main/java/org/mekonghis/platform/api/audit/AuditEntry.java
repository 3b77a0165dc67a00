package org.mekonghis.platform.api.audit;

import java.time.Instant;

/**
 * One stored audit entry.
 *
 * @param sequence      position in the chain, from 1, without gaps
 * @param at            when it was recorded
 * @param principalId   who: user id, API client id, or {@code system}
 * @param principalUsername their user name (or client name)
 * @param principalName their name as shown then
 * @param principalKind USER, API_CLIENT or SYSTEM
 * @param action        what
 * @param patientId     which patient, or null
 * @param recordType    which kind of record, or null
 * @param recordId      which record, or null
 * @param success       the outcome
 * @param detail        a short description, or null
 * @param remoteAddress from which address, or null
 * @param sessionId     in which session, or null
 * @param hash          SHA-256 (hex) of the previous entry's hash and this entry's fields
 */
public record AuditEntry(long sequence, Instant at, String principalId, String principalUsername,
        String principalName, String principalKind, AuditAction action, String patientId, String recordType, String recordId, boolean success, String detail,
        String remoteAddress, String sessionId, String hash) {
}
