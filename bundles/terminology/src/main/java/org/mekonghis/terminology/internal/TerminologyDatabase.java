package org.mekonghis.terminology.internal;

import java.util.List;

import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.persistence.PersistenceService;
import org.mekonghis.platform.api.persistence.PersistenceUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the bundle's database unit {@value #UNIT}. Immediate, so a failing migration shows at
 * bundle start rather than at the first search. At start it derives the search keys of rows the
 * changelog inserted without one (the seeded codes).
 */
@Component(service = TerminologyDatabase.class, immediate = true)
public final class TerminologyDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(TerminologyDatabase.class);
    static final String UNIT = "terminology";
    static final String CHANGELOG = "db/terminology/changelog.xml";

    private final Database database;

    @Activate
    public TerminologyDatabase(@Reference PersistenceService persistence, BundleContext context) {
        this(persistence.open(PersistenceUnit.ofBundle(context.getBundle(), UNIT, CHANGELOG, CodeRecord.class,
                ChapterRecord.class)));
    }

    TerminologyDatabase(Database database) {
        this.database = database;
        fillSearchKeys();
    }

    /** Idempotent: several nodes starting at once write the same keys. */
    private void fillSearchKeys() {
        int filled = database.inTransaction(tx -> {
            List<CodeRecord> missing = tx.em().createNamedQuery(CodeRecord.WITHOUT_SEARCH_KEY, CodeRecord.class)
                    .getResultList();
            missing.forEach(CodeRecord::fillSearchKey);
            return missing.size();
        });
        if (filled > 0) {
            LOG.info("Search keys derived for {} ICD-10 codes", filled);
        }
    }

    Database database() {
        return database;
    }
}
