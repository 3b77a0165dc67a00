package org.mekonghis.platform.api.security;

import java.util.Set;

/**
 * Codes of the built-in roles every installation has, one per job title, for
 * {@link PermissionContribution.PermissionDefinition#defaultRoles()}. Administrators hold every
 * permission anyway.
 *
 * @since 1.2
 */
public final class DefaultRoles {
    public static final String DOCTOR = "DOCTOR";
    public static final String NURSE = "NURSE";
    public static final String PHARMACIST = "PHARMACIST";
    public static final String LAB_TECHNICIAN = "LAB_TECHNICIAN";
    public static final String RADIOGRAPHER = "RADIOGRAPHER";
    public static final String CASHIER = "CASHIER";
    public static final String RECEPTIONIST = "RECEPTIONIST";
    public static final String AUDITOR = "AUDITOR";

    /** Everyone who takes care of patients or works at the front desk. */
    public static final Set<String> CARE_TEAM = Set.of(DOCTOR, NURSE, PHARMACIST, LAB_TECHNICIAN, RADIOGRAPHER,
            CASHIER, RECEPTIONIST);

    /** Doctors and nurses. */
    public static final Set<String> CLINICIANS = Set.of(DOCTOR, NURSE);

    private DefaultRoles() {
    }
}
