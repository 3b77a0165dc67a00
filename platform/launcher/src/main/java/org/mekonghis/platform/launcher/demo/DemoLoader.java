package org.mekonghis.platform.launcher.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.mekonghis.platform.api.demo.DemoDataContributor;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.ui.host.PlatformStatus;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads each contributor's demo data once per database, when demo data is switched on. */
public final class DemoLoader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final ServiceTracker<DemoDataContributor, DemoDataContributor> tracker;

    public DemoLoader(BundleContext context, DataSource dataSource, SecurityContext security, PlatformStatus status) {
        this.tracker = new ServiceTracker<>(context, DemoDataContributor.class, null) {
            @Override
            public DemoDataContributor addingService(ServiceReference<DemoDataContributor> reference) {
                DemoDataContributor contributor = context.getService(reference);
                if (contributor == null) {
                    return null;
                }
                try {
                    String id = contributor.id();
                    if (!loaded(dataSource, id)) {
                        security.runAs(Principal.SYSTEM, () -> {
                            contributor.load();
                            return null;
                        });
                        markLoaded(dataSource, id);
                        LOG.info("Demo data {} loaded", id);
                    }
                } catch (Exception e) {
                    status.recordFailure(reference.getBundle(), "load demo data", e);
                }
                return contributor;
            }
        };
    }

    public void start() {
        tracker.open();
    }

    @Override
    public void close() {
        tracker.close();
    }

    private static boolean loaded(DataSource ds, String id) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM plt_demo_loaded WHERE contributor_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void markLoaded(DataSource ds, String id) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO plt_demo_loaded (contributor_id, loaded_at) VALUES (?, ?)")) {
            ps.setString(1, id);
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }
}
