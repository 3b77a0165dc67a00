package org.mekonghis.security.api;

/**
 * What a user does in the hospital. Each job title has a default role of the same code, created
 * at first start.
 *
 * @since 1.0
 */
public enum JobTitle {
    DOCTOR(true),
    NURSE(true),
    PHARMACIST(true),
    LAB_TECHNICIAN(false),
    RADIOGRAPHER(false),
    CASHIER(false),
    RECEPTIONIST(false),
    ADMINISTRATOR(false),
    AUDITOR(false),
    OTHER(false);

    private final boolean licensed;

    JobTitle(boolean licensed) {
        this.licensed = licensed;
    }

    /**
     * Whether staff of this title must hold a practising certificate (chứng chỉ hành nghề) under
     * the Law on Medical Examination and Treatment, so its number is required on the account.
     */
    public boolean requiresPractisingCertificate() {
        return licensed;
    }

    /** The i18n key of the title's name. */
    public String nameKey() {
        return "security.jobTitle." + name();
    }
}
