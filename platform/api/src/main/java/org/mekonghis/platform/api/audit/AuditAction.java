package org.mekonghis.platform.api.audit;

/** What was done. */
public enum AuditAction {
    /** A patient's record (chart, document, result...) was opened: one entry per opening. */
    READ,
    CREATE,
    UPDATE,
    /** A record was voided with a reason (clinical records are never deleted). */
    VOID,
    /** Two patient records were merged. */
    MERGE,
    PRINT,
    EXPORT,
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    /** A principal was refused an action for lack of a permission. */
    ACCESS_DENIED,
    /** Users, roles, permissions, API clients or settings were changed. */
    ADMINISTER
}
