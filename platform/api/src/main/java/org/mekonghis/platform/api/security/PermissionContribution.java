package org.mekonghis.platform.api.security;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The permissions a bundle declares. Register it as an OSGi service; administrators grant the
 * declared permissions to roles.
 */
@ConsumerType
public interface PermissionContribution {

    List<PermissionDefinition> permissions();

    /**
     * A permission and, optionally, the built-in roles that should hold it on a new installation.
     * The security module grants a permission to its default roles once, the first time the
     * permission is declared; an administrator who later takes it away is never overruled.
     *
     * @param id           e.g. {@code sample.notice.write}: bundle short name, object, verb
     * @param nameKey      i18n key of the human-readable name
     * @param defaultRoles codes of the built-in roles granted this permission by default (see
     *                     {@link DefaultRoles}); empty when only administrators hold it at first
     * @since 1.2
     */
    record PermissionDefinition(String id, String nameKey, Set<String> defaultRoles) {
        public PermissionDefinition {
            defaultRoles = defaultRoles == null ? Set.of() : Set.copyOf(defaultRoles);
        }

        /** A permission that only administrators hold until someone grants it. */
        public PermissionDefinition(String id, String nameKey) {
            this(id, nameKey, Set.of());
        }
    }
}
