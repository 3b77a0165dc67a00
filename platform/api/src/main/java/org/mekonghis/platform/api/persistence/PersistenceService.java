package org.mekonghis.platform.api.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens a bundle's own database unit over the platform's shared connection pool.
 *
 * <p>Each bundle gets its own instance of this service; every {@link Database} it opened is
 * closed when the bundle releases the service (for example when it stops), so an updated
 * bundle never meets entity classes of its previous version.
 */
@ProviderType
public interface PersistenceService {

    /**
     * Applies the unit's pending Liquibase changesets, then opens its EclipseLink unit.
     * Mapping errors surface here, not at the first query.
     *
     * @throws PersistenceException with code HIS-0101 when a migration fails, HIS-0102 when the unit cannot be opened
     */
    Database open(PersistenceUnit unit);

    /** The product of the shared database: Derby (embedded default) or PostgreSQL. */
    DatabaseProduct product();
}
