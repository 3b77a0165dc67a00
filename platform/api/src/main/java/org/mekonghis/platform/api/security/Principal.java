package org.mekonghis.platform.api.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: a signed-in user, a partner system's API client, or the platform itself
 * (scheduled jobs and event subscribers).
 *
 * @param id          stable internal id (user id, client id, or {@code system})
 * @param username    login name, or the client's name
 * @param displayName name shown in the UI and in the audit log
 * @param kind        what kind of principal this is
 * @param permissions the permissions held; {@link #ALL_PERMISSIONS} among them, or {@link Kind#SYSTEM},
 *                    means every permission, including those of bundles installed later
 */
public record Principal(String id, String username, String displayName, Kind kind, Set<String> permissions) {

    /** Granted to a principal, stands for every permission, present and future (administrators). */
    public static final String ALL_PERMISSIONS = "*";

    /** The platform acting on its own, for jobs and event subscribers. */
    public static final Principal SYSTEM = new Principal("system", "system", "System", Kind.SYSTEM, Set.of());

    public Principal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(kind, "kind");
        permissions = Set.copyOf(permissions);
    }

    /** Whether this principal holds {@code permission}; a null permission is held by everyone. */
    public boolean has(String permission) {
        return permission == null || kind == Kind.SYSTEM || permissions.contains(ALL_PERMISSIONS)
                || permissions.contains(permission);
    }

    public enum Kind {
        USER, API_CLIENT, SYSTEM
    }
}
