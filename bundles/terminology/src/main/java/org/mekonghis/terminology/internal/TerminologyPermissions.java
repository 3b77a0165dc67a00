package org.mekonghis.terminology.internal;

import java.util.List;

import org.mekonghis.platform.api.security.DefaultRoles;
import org.mekonghis.platform.api.security.PermissionContribution;
import org.mekonghis.terminology.api.Icd10Service;
import org.osgi.service.component.annotations.Component;

/**
 * Declares the catalog's permissions: everyone on the care team may look codes up; importing the
 * Ministry's list stays with administrators.
 */
@Component(service = PermissionContribution.class)
public final class TerminologyPermissions implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(Icd10Service.PERMISSION_READ, "terminology.permission.read",
                DefaultRoles.CARE_TEAM),
                new PermissionDefinition(Icd10Service.PERMISSION_ADMIN, "terminology.permission.admin"));
    }
}
