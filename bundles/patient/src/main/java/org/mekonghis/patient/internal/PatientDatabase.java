package org.mekonghis.patient.internal;

import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.persistence.PersistenceService;
import org.mekonghis.platform.api.persistence.PersistenceUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Owns the bundle's database unit {@value #UNIT}. Immediate, so a failing migration shows at
 * bundle start rather than at the first registration.
 */
@Component(service = PatientDatabase.class, immediate = true)
public final class PatientDatabase {
    static final String UNIT = "patient";
    static final String CHANGELOG = "db/patient/changelog.xml";

    private final Database database;

    @Activate
    public PatientDatabase(@Reference PersistenceService persistence, BundleContext context) {
        this.database = persistence.open(PersistenceUnit.ofBundle(context.getBundle(), UNIT, CHANGELOG,
                Patient.class, NameToken.class, PatientChange.class, DuplicateKey.class, PatientPhoto.class));
    }

    Database database() {
        return database;
    }
}
