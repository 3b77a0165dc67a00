package org.mekonghis.encounter.internal;

import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.persistence.PersistenceService;
import org.mekonghis.platform.api.persistence.PersistenceUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Owns the bundle's database unit {@value #UNIT}. Immediate, so a failing migration shows at
 * bundle start rather than at the first check-in.
 */
@Component(service = EncounterDatabase.class, immediate = true)
public final class EncounterDatabase {
    static final String UNIT = "encounter";
    static final String CHANGELOG = "db/encounter/changelog.xml";

    private final Database database;

    @Activate
    public EncounterDatabase(@Reference PersistenceService persistence, BundleContext context) {
        this.database = persistence.open(PersistenceUnit.ofBundle(context.getBundle(), UNIT, CHANGELOG,
                Encounter.class, Department.class, Room.class, Ward.class, Bed.class, EncounterDiagnosis.class,
                BedStay.class, Leave.class));
    }

    Database database() {
        return database;
    }
}
