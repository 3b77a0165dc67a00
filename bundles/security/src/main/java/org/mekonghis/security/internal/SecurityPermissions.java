package org.mekonghis.security.internal;

import java.util.List;

import org.mekonghis.platform.api.security.PermissionContribution;
import org.mekonghis.security.api.ApiClientService;
import org.mekonghis.security.api.RoleService;
import org.mekonghis.security.api.UserService;
import org.osgi.service.component.annotations.Component;

/** Declares the module's permissions so administrators can grant them to roles. */
@Component(service = PermissionContribution.class)
public final class SecurityPermissions implements PermissionContribution {

    static final List<PermissionDefinition> ALL = List.of(
            new PermissionDefinition(UserService.PERMISSION, "security.permission.users"),
            new PermissionDefinition(RoleService.PERMISSION, "security.permission.roles"),
            new PermissionDefinition(ApiClientService.PERMISSION, "security.permission.clients"));

    @Override
    public List<PermissionDefinition> permissions() {
        return ALL;
    }
}
