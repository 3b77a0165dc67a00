package org.mekonghis.platform.launcher;

import java.nio.file.Path;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;

import org.mekonghis.platform.api.audit.AuditTrail.Verification;
import org.mekonghis.platform.launcher.audit.AuditChain;
import org.mekonghis.platform.launcher.audit.JdbcAuditLog;
import org.mekonghis.platform.launcher.persistence.DataSources;
import org.mekonghis.platform.launcher.security.ThreadSecurityContext;

/**
 * {@code bin/mekong audit-verify} while the HIS is stopped (when it runs, the script asks the
 * running server instead): walks the audit chain straight from the database with the key in the
 * data folder, prints the result, and exits 0 when intact, 1 when broken, 2 when it could not check.
 */
public final class AuditVerifyCommand {

    private AuditVerifyCommand() {
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("mekong.home", ".")).toAbsolutePath().normalize();
        try {
            PropertiesConfiguration config = PropertiesConfiguration.load(home.resolve("conf/mekong.properties"),
                    System.getenv(), Map.of());
            PlatformSettings settings = PlatformSettings.from(home, config);
            Verification v;
            try (HikariDataSource ds = DataSources.open(settings)) {
                JdbcAuditLog audit = new JdbcAuditLog(ds, new ThreadSecurityContext(),
                        AuditChain.withKeyFile(settings.dataDir().resolve("audit.key")));
                v = audit.verifyChain();
            } finally {
                if (settings.embeddedDerby()) {
                    DataSources.shutdownEmbeddedDerby(settings.dbUrl());
                }
            }
            System.out.println(describe(v));
            System.exit(v.intact() ? 0 : 1);
        } catch (Exception e) {
            System.err.println("audit-verify: cannot check the audit log: " + e.getMessage());
            System.exit(2);
        }
    }

    /** One line for an operator. */
    public static String describe(Verification v) {
        return v.intact() ? "Audit log intact: " + v.entries() + " entries checked"
                : "Audit log BROKEN at entry " + v.firstBroken() + ": " + v.problem() + " (" + v.entries()
                        + " entries before it are intact)";
    }
}
