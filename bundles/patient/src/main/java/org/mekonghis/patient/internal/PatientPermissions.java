package org.mekonghis.patient.internal;

import java.util.List;

import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Declares the registry's permissions so administrators can grant them to roles. */
@Component(service = PermissionContribution.class)
public final class PatientPermissions implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(PatientService.PERMISSION_READ, "patient.permission.read"),
                new PermissionDefinition(PatientService.PERMISSION_REGISTER, "patient.permission.register"),
                new PermissionDefinition(PatientService.PERMISSION_UPDATE, "patient.permission.update"),
                new PermissionDefinition(PatientService.PERMISSION_VOID, "patient.permission.void"));
    }
}
