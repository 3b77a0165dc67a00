package org.mekonghis.security.api;

import java.util.List;
import java.util.Set;

import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.api.security.PermissionContribution.PermissionDefinition;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Roles and the permissions they grant. Every method requires the permission
 * {@value #PERMISSION} ({@link AccessDeniedException} otherwise) and every change is audited
 * ({@code ADMINISTER}, record type {@value #RECORD_TYPE}).
 *
 * @since 1.0
 */
@ProviderType
public interface RoleService {

    /** The permission to manage roles and grant permissions. */
    String PERMISSION = "security.roles.manage";

    /** The record type of audit entries about roles. */
    String RECORD_TYPE = "security.role";

    /** The pattern of role codes. */
    String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,49}";

    int NAME_MAX_LENGTH = 100;

    /** Every role, by code. */
    List<RoleDto> list();

    /**
     * Creates a role without permissions.
     *
     * @param code matching {@value #CODE_PATTERN}, unique
     * @param name required, at most {@value #NAME_MAX_LENGTH} characters
     * @throws InvalidSecurityDataException when a value is invalid or the code is taken
     */
    RoleDto create(String code, String name);

    /** @throws RoleNotFoundException when no role has this code */
    RoleDto rename(String code, String name);

    /**
     * Replaces the permissions of a role. Each id must be declared by a running bundle (see
     * {@link #declaredPermissions()}), be {@code *}, or already be held by the role (the
     * permission of a bundle that was removed may stay). The ADMINISTRATOR role always keeps {@code *}.
     *
     * @throws InvalidSecurityDataException naming the first unknown permission
     * @throws RoleNotFoundException when no role has this code
     */
    RoleDto setPermissions(String code, Set<String> permissions);

    /** The permissions the platform and the running bundles declare, by id, with their i18n name keys. */
    List<PermissionDefinition> declaredPermissions();
}
