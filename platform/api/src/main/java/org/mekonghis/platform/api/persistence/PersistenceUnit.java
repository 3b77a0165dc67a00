package org.mekonghis.platform.api.persistence;

import java.net.URL;
import java.util.List;
import java.util.Objects;

import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * What a bundle's database unit consists of.
 *
 * @param name         unique name of the unit, conventionally the bundle's short name ({@code sample})
 * @param classLoader  the class loader that sees the entity classes and the changelog (the bundle's)
 * @param rootUrl      the root of the unit (the bundle's root entry); never null
 * @param changelog    path of the Liquibase changelog inside the bundle; unique across bundles,
 *                     e.g. {@code db/sample/changelog.xml}, since a changeset's identity includes its path
 * @param entityClasses the entity classes of the unit; only these are mapped
 */
public record PersistenceUnit(String name, ClassLoader classLoader, URL rootUrl, String changelog,
        List<Class<?>> entityClasses) {

    public PersistenceUnit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(rootUrl, "rootUrl");
        Objects.requireNonNull(changelog, "changelog");
        entityClasses = List.copyOf(entityClasses);
        if (!name.matches("[a-z][a-z0-9_-]*")) {
            throw new IllegalArgumentException("unit name must be lower case letters, digits, '-' or '_': " + name);
        }
    }

    /** The unit of an OSGi bundle: its class loader and root entry. */
    public static PersistenceUnit ofBundle(Bundle bundle, String name, String changelog, Class<?>... entityClasses) {
        ClassLoader loader = bundle.adapt(BundleWiring.class).getClassLoader();
        return new PersistenceUnit(name, loader, bundle.getEntry("/"), changelog, List.of(entityClasses));
    }
}
