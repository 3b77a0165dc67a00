package org.mekonghis.security.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mekonghis.platform.api.security.PermissionContribution;
import org.mekonghis.platform.api.security.PermissionContribution.PermissionDefinition;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every permission the platform and the running bundles declare, following bundles as they come
 * and go: the rows of the permission matrix, and what roles and API clients may be granted.
 */
@Component(service = PermissionCatalog.class)
public final class PermissionCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(PermissionCatalog.class);

    private final Map<PermissionContribution, List<PermissionDefinition>> declared = new ConcurrentHashMap<>();

    public PermissionCatalog() {
        // for DS and tests
    }

    @Reference(service = PermissionContribution.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addContribution(PermissionContribution contribution) {
        List<PermissionDefinition> permissions;
        try {
            permissions = List.copyOf(contribution.permissions());
        } catch (RuntimeException e) {
            // A faulty bundle must not stop the others' permissions from being granted.
            LOG.warn("A permission contribution failed to list its permissions; it is ignored", e);
            return;
        }
        declared.put(contribution, permissions);
        LOG.debug("{} permission(s) declared: {}", permissions.size(),
                permissions.stream().map(PermissionDefinition::id).toList());
    }

    void removeContribution(PermissionContribution contribution) {
        declared.remove(contribution);
    }

    /** Every declared permission, by id; the first declaration of an id wins. */
    List<PermissionDefinition> all() {
        Map<String, PermissionDefinition> byId = new LinkedHashMap<>();
        declared.values().forEach(list -> list.forEach(p -> {
            if (p != null && p.id() != null) {
                byId.putIfAbsent(p.id(), p);
            }
        }));
        List<PermissionDefinition> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(PermissionDefinition::id));
        return List.copyOf(sorted);
    }

    boolean isDeclared(String permission) {
        return permission != null && declared.values().stream()
                .anyMatch(list -> list.stream().anyMatch(p -> p != null && permission.equals(p.id())));
    }
}
