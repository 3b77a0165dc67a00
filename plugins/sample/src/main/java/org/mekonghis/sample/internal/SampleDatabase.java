package org.mekonghis.sample.internal;

import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.persistence.PersistenceService;
import org.mekonghis.platform.api.persistence.PersistenceUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Owns the bundle's database unit {@value #UNIT}, so that the notice board and the event
 * subscriber share one unit: the platform opens a unit name only once, and closes it when
 * this component releases the {@link PersistenceService} (for example when the bundle stops).
 *
 * <p>Immediate, so a failing migration shows at bundle start rather than at the first request.
 */
@Component(service = SampleDatabase.class, immediate = true)
public final class SampleDatabase {
    /** The unit's name: the bundle's short name. */
    static final String UNIT = "sample";
    /** The changelog path, unique across bundles because a changeset's identity includes it. */
    static final String CHANGELOG = "db/sample/changelog.xml";

    private final Database database;

    @Activate
    public SampleDatabase(@Reference PersistenceService persistence, BundleContext context) {
        this.database = persistence.open(PersistenceUnit.ofBundle(context.getBundle(), UNIT, CHANGELOG,
                Notice.class, Activity.class));
    }

    Database database() {
        return database;
    }
}
