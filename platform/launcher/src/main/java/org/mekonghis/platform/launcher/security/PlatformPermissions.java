package org.mekonghis.platform.launcher.security;

import java.util.List;

import org.mekonghis.platform.api.audit.AuditTrail;
import org.mekonghis.platform.api.security.PermissionContribution;
import org.mekonghis.platform.api.security.PermissionContribution.PermissionDefinition;

/**
 * The platform's own permissions, registered as a {@link PermissionContribution} like any bundle's,
 * so that the security module offers them in the role matrix.
 */
public final class PlatformPermissions implements PermissionContribution {

    /** Administration pages and the bundle list with full errors. */
    public static final PermissionDefinition ADMIN = new PermissionDefinition("platform.admin",
            "permission.platform.admin");
    /** Reading, exporting and verifying the audit log. */
    public static final PermissionDefinition AUDIT = new PermissionDefinition(AuditTrail.PERMISSION,
            "permission.platform.audit");
    /** Online backups of the embedded database. */
    public static final PermissionDefinition BACKUP = new PermissionDefinition("platform.backup",
            "permission.platform.backup");

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(ADMIN, AUDIT, BACKUP);
    }
}
