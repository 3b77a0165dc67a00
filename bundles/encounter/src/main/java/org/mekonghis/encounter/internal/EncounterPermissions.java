package org.mekonghis.encounter.internal;

import java.util.List;

import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.platform.api.security.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** Declares the encounter permissions so administrators can grant them to roles. */
@Component(service = PermissionContribution.class)
public final class EncounterPermissions implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(EncounterService.PERMISSION_READ, "encounter.permission.read"),
                new PermissionDefinition(EncounterService.PERMISSION_OPEN, "encounter.permission.open"),
                new PermissionDefinition(EncounterService.PERMISSION_CLOSE, "encounter.permission.close"));
    }
}
