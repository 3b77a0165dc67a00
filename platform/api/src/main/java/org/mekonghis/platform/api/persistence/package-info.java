/**
 * Persistence: one EclipseLink unit per bundle over the shared pool, migrated with the bundle's own Liquibase changelog.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mekonghis.platform.api.persistence;
