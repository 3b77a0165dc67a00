package org.mekonghis.sample.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mekonghis.platform.testing.TestBundles;
import org.mekonghis.platform.testing.TestDatabase;
import org.mekonghis.platform.testing.TestPlatform;
import org.osgi.framework.Bundle;

/**
 * The sample plugin in the real platform, on every supported database: its migration, REST API,
 * transactional events and subscriber, validation that loses nothing, a newer version replacing it
 * at run time with a new migration, and its removal.
 */
class SamplePluginIT {

    private static final String BSN = "org.mekonghis.sample";

    @TempDir
    Path home;

    static List<TestDatabase.Kind> databases() {
        return TestDatabase.kinds();
    }

    private static Path sampleJar() {
        return Path.of(System.getProperty("mekong.sample.jar"));
    }

    private static long count(TestPlatform p, String sql) {
        try {
            return p.queryLong(sql);
        } catch (Exception e) {
            return -1;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void postedNotice_isStoredWithItsEvent_andHandledOnce(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).withSecurity().plugin(sampleJar()).start()) {
            p.signInAsAdmin();
            assertThat(p.bundle(BSN).orElseThrow().getState()).isEqualTo(Bundle.ACTIVE);
            HttpResponse<String> created = p.post("/api/sample/notices",
                    "{\"title\":\"Lịch tiêm chủng tháng 12\",\"body\":\"Khoa Nhi, phòng 204\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.body()).contains("Lịch tiêm chủng tháng 12");

            HttpResponse<String> list = p.get("/api/sample/notices");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("Lịch tiêm chủng tháng 12").contains("Khoa Nhi, phòng 204");
            assertThat(count(p, "SELECT COUNT(*) FROM plt_outbox WHERE topic = 'sample.NoticePosted'")).isEqualTo(1);
            TestPlatform.waitUntil(Duration.ofSeconds(10), () -> count(p, "SELECT COUNT(*) FROM smp_activity") == 1,
                    "the subscriber recorded the notice's activity");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void badInput_getsAClearError_andLosesNothing(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).withSecurity().plugin(sampleJar()).start()) {
            p.signInAsAdmin();
            assertThat(p.post("/api/sample/notices", "{\"title\":\"Họp khoa\",\"body\":\"8 giờ\"}").statusCode())
                    .isEqualTo(201);
            for (String bad : List.of("{\"title\":\"\",\"body\":\"x\"}", "{\"body\":\"no title\"}", "{not json",
                    "{\"title\":\"" + "x".repeat(201) + "\",\"body\":\"x\"}", "")) {
                HttpResponse<String> r = p.post("/api/sample/notices", bad);
                assertThat(r.statusCode()).as("answer to %s", bad).isEqualTo(400);
                assertThat(r.body()).contains("\"error\"").contains("\"code\"").contains("\"message\"");
            }
            assertThat(count(p, "SELECT COUNT(*) FROM smp_notice")).isEqualTo(1);
            assertThat(count(p, "SELECT COUNT(*) FROM plt_outbox WHERE topic = 'sample.NoticePosted'")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void newerVersionCopiedIn_replacesTheOld_andRunsItsNewMigration_thenDeletionRemovesIt(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).withSecurity().start()) {
            p.signInAsAdmin();
            p.deployPlugin(sampleJar(), "sample.jar");
            TestPlatform.waitUntil(Duration.ofSeconds(5),
                    () -> p.bundle(BSN).map(b -> b.getState() == Bundle.ACTIVE).orElse(false), "sample ACTIVE within 5 s");
            TestPlatform.waitUntil(Duration.ofSeconds(5), () -> restUp(p), "sample REST endpoint registered");
            assertThat(p.post("/api/sample/notices", "{\"title\":\"Trước nâng cấp\",\"body\":\"v1\"}").statusCode())
                    .isEqualTo(201);

            String changelog = TestBundles.readEntry(sampleJar(), "db/sample/changelog.xml");
            String upgraded = changelog.replace("</databaseChangeLog>", """
                      <changeSet id="99-upgrade-test" author="test">
                        <createTable tableName="smp_notice_tag">
                          <column name="notice_id" type="VARCHAR(36)"><constraints nullable="false"/></column>
                          <column name="tag" type="VARCHAR(50)"><constraints nullable="false"/></column>
                        </createTable>
                      </changeSet>
                    </databaseChangeLog>""");
            Path v2 = TestBundles.withVersion(sampleJar(), home.resolve("sample-9.0.0.jar"), "9.0.0",
                    Map.of("db/sample/changelog.xml", upgraded));
            p.deployPlugin(v2, "sample-9.0.0.jar");
            TestPlatform.waitUntil(Duration.ofSeconds(10), () -> p.bundle(BSN)
                    .map(b -> b.getVersion().getMajor() == 9 && b.getState() == Bundle.ACTIVE).orElse(false),
                    "version 9 active");
            TestPlatform.waitUntil(Duration.ofSeconds(10), () -> restUp(p), "REST endpoint back after update");
            assertThat(count(p, "SELECT COUNT(*) FROM smp_notice_tag")).as("new migration ran").isEqualTo(0);
            assertThat(p.platform().bundleContext().getBundles()).filteredOn(b -> BSN.equals(b.getSymbolicName())).hasSize(1);
            assertThat(p.get("/api/sample/notices").body()).contains("Trước nâng cấp");

            Files.delete(home.resolve("plugins/sample-9.0.0.jar"));
            Files.delete(home.resolve("plugins/sample.jar"));
            TestPlatform.waitUntil(Duration.ofSeconds(5), () -> p.bundle(BSN).isEmpty(), "sample uninstalled");
            assertThat(p.get("/api/sample/notices").statusCode()).isEqualTo(404);
            assertThat(count(p, "SELECT COUNT(*) FROM smp_notice")).as("data kept after removal").isEqualTo(1);
            assertThat(p.get("/api/health").statusCode()).isEqualTo(200);
        }
    }

    private static boolean restUp(TestPlatform p) {
        try {
            return p.get("/api/sample/notices").statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }
}
