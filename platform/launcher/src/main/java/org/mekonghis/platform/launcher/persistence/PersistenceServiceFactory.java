package org.mekonghis.platform.launcher.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.jpa.PersistenceProvider;
import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.persistence.DatabaseProduct;
import org.mekonghis.platform.api.persistence.PersistenceException;
import org.mekonghis.platform.api.persistence.PersistenceService;
import org.mekonghis.platform.api.persistence.PersistenceUnit;
import org.mekonghis.platform.launcher.event.Outbox;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each bundle its own {@link PersistenceService}; when the bundle releases it (it stops or
 * is updated), every unit it opened is closed, so no entity class of an old revision survives.
 */
public final class PersistenceServiceFactory implements ServiceFactory<PersistenceService> {
    private static final Logger LOG = LoggerFactory.getLogger(PersistenceServiceFactory.class);

    private final DataSource dataSource;
    private final DatabaseProduct product;
    private final Outbox outbox;
    private final Runnable eventsCommitted;
    private final Set<String> openUnits = ConcurrentHashMap.newKeySet();

    public PersistenceServiceFactory(DataSource dataSource, DatabaseProduct product, Outbox outbox,
            Runnable eventsCommitted) {
        this.dataSource = dataSource;
        this.product = product;
        this.outbox = outbox;
        this.eventsCommitted = eventsCommitted;
    }

    @Override
    public PersistenceService getService(Bundle bundle, ServiceRegistration<PersistenceService> registration) {
        return new BundlePersistence(bundle);
    }

    @Override
    public void ungetService(Bundle bundle, ServiceRegistration<PersistenceService> registration,
            PersistenceService service) {
        ((BundlePersistence) service).closeAll();
    }

    private BundleDatabase open(PersistenceUnit unit, String source, long bundleId) {
        if (!openUnits.add(unit.name())) {
            throw new PersistenceException("HIS-0108", "a unit named " + unit.name() + " is already open", null);
        }
        try {
            Migrations.apply(dataSource, unit.classLoader(), unit.changelog(), unit.name());
            Properties props = new Properties();
            props.put("eclipselink.session-name", "mekong-" + unit.name() + "-" + bundleId + "-" + System.nanoTime());
            props.put("eclipselink.weaving", "false");
            props.put("eclipselink.ddl-generation", "none");
            props.put("eclipselink.logging.logger", "JavaLogger");
            props.put("eclipselink.logging.level", "WARNING");
            props.put("eclipselink.deploy-on-startup", "true");
            Map<String, Object> overrides = new HashMap<>();
            overrides.put("jakarta.persistence.nonJtaDataSource", dataSource);
            overrides.put("eclipselink.classloader", unit.classLoader());
            EntityManagerFactory emf = new PersistenceProvider()
                    .createContainerEntityManagerFactory(new UnitInfo(unit, dataSource, props), overrides);
            try {
                // Surface mapping errors now, not at the first query.
                EntityManager em = emf.createEntityManager();
                em.close();
            } catch (RuntimeException e) {
                emf.close();
                throw e;
            }
            LOG.info("Persistence unit {} open ({} entities)", unit.name(), unit.entityClasses().size());
            return new BundleDatabase(unit.name(), source, product, emf, outbox, eventsCommitted);
        } catch (PersistenceException e) {
            openUnits.remove(unit.name());
            throw e;
        } catch (RuntimeException e) {
            openUnits.remove(unit.name());
            throw new PersistenceException("HIS-0102", "unit " + unit.name() + " cannot be opened: "
                    + Migrations.rootMessage(e), e);
        }
    }

    private void closed(BundleDatabase db) {
        db.close();
        openUnits.remove(db.name());
    }

    private final class BundlePersistence implements PersistenceService {
        private final Bundle bundle;
        private final List<BundleDatabase> opened = new ArrayList<>();

        BundlePersistence(Bundle bundle) {
            this.bundle = bundle;
        }

        @Override
        public synchronized Database open(PersistenceUnit unit) {
            BundleDatabase db = PersistenceServiceFactory.this.open(unit, bundle.getSymbolicName(), bundle.getBundleId());
            opened.add(db);
            return db;
        }

        @Override
        public DatabaseProduct product() {
            return product;
        }

        synchronized void closeAll() {
            opened.forEach(PersistenceServiceFactory.this::closed);
            if (!opened.isEmpty()) {
                LOG.info("Closed {} persistence unit(s) of {}", opened.size(), bundle.getSymbolicName());
            }
            opened.clear();
        }
    }
}
