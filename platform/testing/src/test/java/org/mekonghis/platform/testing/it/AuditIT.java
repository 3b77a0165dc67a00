package org.mekonghis.platform.testing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditEntry;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.audit.AuditTrail;
import org.mekonghis.platform.api.audit.AuditTrail.Filter;
import org.mekonghis.platform.api.audit.AuditTrail.Verification;
import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.testing.TestDatabase;
import org.mekonghis.platform.testing.TestPlatform;

/**
 * The audit log on every supported database: who/what/where recorded, append-only in the
 * database, and a verifier that names the first entry altered, removed or inserted behind the
 * HIS's back.
 */
class AuditIT {

    private static final Principal DOCTOR = new Principal("u-17", "bs.lan", "BS. Trần Thị Lan", Principal.Kind.USER,
            Set.of());
    private static final Principal AUDITOR = new Principal("u-2", "kiemtoan", "Kiểm toán viên", Principal.Kind.USER,
            Set.of(AuditTrail.PERMISSION));
    private static final ClientInfo WARD_PC = new ClientInfo("10.0.3.21", "ui:3f2a", "Chromium");

    @TempDir
    Path home;

    static List<TestDatabase.Kind> databases() {
        return TestDatabase.kinds();
    }

    private static void recordAs(TestPlatform p, Principal who, AuditAction action, String patient, int n) throws Exception {
        AuditLog log = p.service(AuditLog.class);
        SecurityContext security = p.service(SecurityContext.class);
        for (int i = 0; i < n; i++) {
            int k = i;
            security.runAs(who, WARD_PC, () -> {
                log.record(action, patient, "patient.chart", "chart-" + k);
                return null;
            });
        }
    }

    private static <T> T asAuditor(TestPlatform p, java.util.concurrent.Callable<T> work) throws Exception {
        return p.service(SecurityContext.class).runAs(AUDITOR, ClientInfo.LOCAL, work);
    }

    private static void sql(TestPlatform p, String... statements) throws SQLException {
        try (Connection c = p.platform().dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** What a database administrator with full rights could do first: switch the append-only guard off. */
    private static void disableGuard(TestPlatform p, TestDatabase.Kind kind) throws SQLException {
        if (kind == TestDatabase.Kind.POSTGRESQL) {
            sql(p, "ALTER TABLE plt_audit DISABLE TRIGGER USER");
        } else {
            sql(p, "DROP TRIGGER plt_audit_no_update", "DROP TRIGGER plt_audit_no_delete");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void entries_recordWhoWhatWhere_andCanBeSearchedAndExported(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).start()) {
            recordAs(p, DOCTOR, AuditAction.READ, "patient-42", 3);
            recordAs(p, DOCTOR, AuditAction.UPDATE, "patient-7", 1);

            List<AuditEntry> about42 = asAuditor(p, () -> p.service(AuditTrail.class)
                    .search(new Filter("patient-42", null, null, null, null), 0, 50));
            assertThat(about42).hasSize(3).allSatisfy(e -> {
                assertThat(e.principalId()).isEqualTo("u-17");
                assertThat(e.principalUsername()).isEqualTo("bs.lan");
                assertThat(e.principalName()).isEqualTo("BS. Trần Thị Lan");
                assertThat(e.action()).isEqualTo(AuditAction.READ);
                assertThat(e.remoteAddress()).isEqualTo("10.0.3.21");
                assertThat(e.sessionId()).isEqualTo("ui:3f2a");
                assertThat(e.success()).isTrue();
            });
            List<AuditEntry> byUser = asAuditor(p, () -> p.service(AuditTrail.class)
                    .search(new Filter(null, "BS.LAN", AuditAction.UPDATE, null, null), 0, 50));
            assertThat(byUser).singleElement().satisfies(e -> assertThat(e.patientId()).isEqualTo("patient-7"));

            StringWriter csv = new StringWriter();
            asAuditor(p, () -> {
                p.service(AuditTrail.class).exportCsv(new Filter("patient-42", null, null, null, null), csv);
                return null;
            });
            assertThat(csv.toString().lines().findFirst().orElseThrow()).startsWith("sequence,time,");
            assertThat(csv.toString().lines().filter(l -> l.contains("patient.chart"))).hasSize(3);
            assertThat(csv.toString()).contains("BS. Trần Thị Lan").contains("patient-42");

            // Reading the audit log is itself audited.
            List<AuditEntry> audits = asAuditor(p, () -> p.service(AuditTrail.class)
                    .search(new Filter(null, "kiemtoan", null, null, null), 0, 50));
            assertThat(audits).extracting(AuditEntry::action).contains(AuditAction.READ, AuditAction.EXPORT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void injectionInSearchFilters_findsNothing_andHarmsNothing(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).start()) {
            recordAs(p, DOCTOR, AuditAction.READ, "patient-42", 2);
            AuditTrail trail = p.service(AuditTrail.class);
            for (String evil : List.of("' OR '1'='1", "patient-42' OR 1=1 --", "x'; DROP TABLE plt_audit; --",
                    "\u0000", "%", "_")) {
                assertThat(asAuditor(p, () -> trail.search(new Filter(evil, null, null, null, null), 0, 50)))
                        .as("patient filter %s", evil).isEmpty();
                assertThat(asAuditor(p, () -> trail.search(new Filter(null, evil, null, null, null), 0, 50)))
                        .as("user filter %s", evil).isEmpty();
            }
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'READ' AND record_type = 'patient.chart'"))
                    .isEqualTo(2);
            assertThat(asAuditor(p, () -> trail.verify()).intact()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void readingTheLog_withoutThePermission_isRefused(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).start()) {
            SecurityContext security = p.service(SecurityContext.class);
            AuditTrail trail = p.service(AuditTrail.class);
            assertThatThrownBy(() -> security.runAs(DOCTOR, WARD_PC, () -> trail.search(Filter.ALL, 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> security.runAs(DOCTOR, WARD_PC, trail::verify))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> trail.search(Filter.ALL, 0, 10)).as("nobody signed in")
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theDatabaseRefuses_updatesAndDeletes(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).start()) {
            recordAs(p, DOCTOR, AuditAction.READ, "patient-42", 2);
            assertThatThrownBy(() -> sql(p, "UPDATE plt_audit SET detail = 'x' WHERE seq = 1")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> sql(p, "DELETE FROM plt_audit WHERE seq = 2")).isInstanceOf(SQLException.class);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit")).isEqualTo(2);
            assertThat(asAuditor(p, () -> p.service(AuditTrail.class).verify()).intact()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void verifier_namesTheFirstAlteredEntry(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).start()) {
            recordAs(p, DOCTOR, AuditAction.READ, "patient-42", 6);
            disableGuard(p, kind);
            sql(p, "UPDATE plt_audit SET principal_id = 'u-99' WHERE seq = 3",
                    "UPDATE plt_audit SET patient_id = 'patient-1' WHERE seq = 5");
            Verification v = asAuditor(p, () -> p.service(AuditTrail.class).verify());
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBroken()).isEqualTo(3);
            assertThat(v.problem()).startsWith("altered");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void verifier_namesTheFirstRemovedEntry(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).start()) {
            recordAs(p, DOCTOR, AuditAction.READ, "patient-42", 6);
            disableGuard(p, kind);
            sql(p, "DELETE FROM plt_audit WHERE seq = 4");
            Verification v = asAuditor(p, () -> p.service(AuditTrail.class).verify());
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBroken()).isEqualTo(4);
            assertThat(v.problem()).startsWith("missing");

            sql(p, "DELETE FROM plt_audit WHERE seq >= 4");
            Verification tail = asAuditor(p, () -> p.service(AuditTrail.class).verify());
            assertThat(tail.firstBroken()).as("entries removed from the end").isEqualTo(4);
            assertThat(tail.problem()).startsWith("missing");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void verifier_namesAForgedInsertedEntry(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).start()) {
            recordAs(p, DOCTOR, AuditAction.READ, "patient-42", 3);
            long last;
            String lastHash;
            try (Connection c = p.platform().dataSource().getConnection(); Statement s = c.createStatement();
                    var rs = s.executeQuery("SELECT seq, hash FROM plt_audit ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
                rs.next();
                last = rs.getLong(1);
                lastHash = rs.getString(2);
            }
            // A forged entry chained to the real last one, with a hash the forger computed without the key.
            sql(p, "INSERT INTO plt_audit (seq, recorded_at, principal_id, principal_kind, action, success, prev_hash, hash)"
                    + " VALUES (" + (last + 1) + ", CURRENT_TIMESTAMP, 'u-1', 'USER', 'READ', TRUE, '" + lastHash
                    + "', '" + "ab".repeat(32) + "')");
            Verification v = asAuditor(p, () -> p.service(AuditTrail.class).verify());
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBroken()).isEqualTo(last + 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentAppends_keepOneUnbrokenChain(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).start()) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    recordAs(p, DOCTOR, AuditAction.READ, "patient-42", 50);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            Verification v = asAuditor(p, () -> p.service(AuditTrail.class).verify());
            assertThat(v.intact()).isTrue();
            assertThat(v.entries()).isEqualTo(200);
        }
    }
}
