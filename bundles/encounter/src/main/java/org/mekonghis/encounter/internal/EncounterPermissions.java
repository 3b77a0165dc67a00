package org.mekonghis.encounter.internal;

import java.util.List;
import java.util.Set;

import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.platform.api.security.DefaultRoles;
import org.mekonghis.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/**
 * Declares the encounter permissions. By default the care team sees encounters, the reception desk
 * and nurses check patients in, doctors run their room queue, diagnose and close visits, doctors
 * and nurses admit, move and discharge inpatients; configuring departments, rooms, wards and beds
 * stays with administrators.
 */
@Component(service = PermissionContribution.class)
public final class EncounterPermissions implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(EncounterService.PERMISSION_READ, "encounter.permission.read",
                        DefaultRoles.CARE_TEAM),
                new PermissionDefinition(EncounterService.PERMISSION_OPEN, "encounter.permission.open",
                        Set.of(DefaultRoles.RECEPTIONIST, DefaultRoles.NURSE, DefaultRoles.DOCTOR)),
                new PermissionDefinition(EncounterService.PERMISSION_CLOSE, "encounter.permission.close",
                        Set.of(DefaultRoles.DOCTOR)),
                new PermissionDefinition(EncounterService.PERMISSION_QUEUE, "encounter.permission.queue",
                        DefaultRoles.CLINICIANS),
                new PermissionDefinition(EncounterService.PERMISSION_DIAGNOSE, "encounter.permission.diagnose",
                        Set.of(DefaultRoles.DOCTOR)),
                new PermissionDefinition(EncounterService.PERMISSION_INPATIENT, "encounter.permission.inpatient",
                        DefaultRoles.CLINICIANS),
                new PermissionDefinition(EncounterService.PERMISSION_ADMIN, "encounter.permission.admin"));
    }
}
