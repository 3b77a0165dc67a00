package org.mekonghis.platform.api.security;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The permissions a bundle declares. Register it as an OSGi service; administrators grant the
 * declared permissions to roles.
 */
@ConsumerType
public interface PermissionContribution {

    List<PermissionDefinition> permissions();

    /**
     * @param id      e.g. {@code sample.notice.write}: bundle short name, object, verb
     * @param nameKey i18n key of the human-readable name
     */
    record PermissionDefinition(String id, String nameKey) {
    }
}
