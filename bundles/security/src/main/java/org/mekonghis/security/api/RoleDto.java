package org.mekonghis.security.api;

import java.util.Set;

/**
 * A role: a named set of permissions granted to users.
 *
 * @param code        stable code, upper case (e.g. {@code DOCTOR})
 * @param name        the name administrators gave it
 * @param permissions the permission ids it grants; {@code *} stands for every permission
 * @param builtIn     created at first start for a job title
 * @since 1.0
 */
public record RoleDto(String code, String name, Set<String> permissions, boolean builtIn) {

    public RoleDto {
        permissions = Set.copyOf(permissions);
    }
}
