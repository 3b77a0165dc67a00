package org.mekonghis.patient.internal;

import java.util.List;
import java.util.Set;

import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.security.DefaultRoles;
import org.mekonghis.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/**
 * Declares the registry's permissions. By default the whole care team finds and opens patients,
 * the reception desk and nurses register and correct them; voiding, merging and the catalogs stay
 * with administrators until they grant them (a medical-records officer, typically).
 */
@Component(service = PermissionContribution.class)
public final class PatientPermissions implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(PatientService.PERMISSION_READ, "patient.permission.read",
                        DefaultRoles.CARE_TEAM),
                new PermissionDefinition(PatientService.PERMISSION_REGISTER, "patient.permission.register",
                        Set.of(DefaultRoles.RECEPTIONIST, DefaultRoles.NURSE)),
                new PermissionDefinition(PatientService.PERMISSION_UPDATE, "patient.permission.update",
                        Set.of(DefaultRoles.RECEPTIONIST, DefaultRoles.NURSE)),
                new PermissionDefinition(PatientService.PERMISSION_VOID, "patient.permission.void"),
                new PermissionDefinition(PatientService.PERMISSION_MERGE, "patient.permission.merge"),
                new PermissionDefinition(PatientService.PERMISSION_CATALOG_ADMIN, "patient.permission.catalogAdmin"));
    }
}
