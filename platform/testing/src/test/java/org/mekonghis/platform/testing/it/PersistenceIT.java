package org.mekonghis.platform.testing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mekonghis.platform.api.persistence.DatabaseProduct;
import org.mekonghis.platform.testing.TestBundles;
import org.mekonghis.platform.testing.TestDatabase;
import org.mekonghis.platform.testing.TestPlatform;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Persistence, migrations and the transactional outbox, through a real plugin on every supported
 * database (Derby always; PostgreSQL when MEKONG_TEST_PG_URL is set, and always in CI).
 */
class PersistenceIT {

    @TempDir
    Path home;

    static List<TestDatabase.Kind> databases() {
        return TestDatabase.kinds();
    }

    static Path notesPlugin(Path dir) throws Exception {
        return TestBundles.bundle("org.mekonghis.test.notes", "1.0.0")
                .header("Bundle-Activator", NotesActivator.class.getName())
                .header("Import-Package", "org.osgi.framework,jakarta.persistence,org.mekonghis.platform.api.event,"
                        + "org.mekonghis.platform.api.persistence")
                .classes(NotesActivator.class, Note.class, Handled.class)
                .resource("db/tst/changelog.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                            xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                                http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                          <changeSet id="1" author="test">
                            <createTable tableName="tst_note">
                              <column name="id" type="VARCHAR(36)"><constraints primaryKey="true"/></column>
                              <column name="text" type="VARCHAR(200)"><constraints nullable="false"/></column>
                            </createTable>
                            <createTable tableName="tst_handled">
                              <column name="id" type="VARCHAR(36)"><constraints primaryKey="true"/></column>
                              <column name="event_id" type="VARCHAR(36)"><constraints nullable="false"/></column>
                            </createTable>
                          </changeSet>
                        </databaseChangeLog>
                        """)
                .writeTo(dir.resolve("notes.jar"));
    }

    @SuppressWarnings("unchecked")
    private static Function<String, Object> notes(TestPlatform p) throws Exception {
        Bundle b = p.bundle("org.mekonghis.test.notes").orElseThrow();
        ServiceReference<Function> ref = b.getBundleContext().getServiceReferences(Function.class, "(tst=notes)")
                .iterator().next();
        return b.getBundleContext().getService(ref);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void entityAndEvent_commitTogether_orNotAtAll(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).plugin(notesPlugin(home.resolve("build"))).start()) {
            assertThat(p.platform().product()).isEqualTo(kind == TestDatabase.Kind.DERBY ? DatabaseProduct.DERBY
                    : DatabaseProduct.POSTGRESQL);
            Function<String, Object> notes = notes(p);
            notes.apply("save:Nguyễn Văn An khám lại ngày 5");
            assertThatThrownBy(() -> notes.apply("fail:never stored")).hasMessageContaining("rolled back on purpose");

            assertThat(notes.apply("count")).isEqualTo(1L);
            assertThat((List<String>) notes.apply("texts")).containsExactly("Nguyễn Văn An khám lại ngày 5");
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'tst.NoteSaved'"))
                    .as("the rolled-back transaction left no event behind").isEqualTo(1);
            TestPlatform.waitUntil(Duration.ofSeconds(10), () -> (Long) notes.apply("handled") == 1L, "event handled");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void redeliveredEvent_isHandledOnce(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).plugin(notesPlugin(home.resolve("build"))).start()) {
            Function<String, Object> notes = notes(p);
            for (int i = 0; i < 20; i++) {
                notes.apply("save:note " + i);
            }
            TestPlatform.waitUntil(Duration.ofSeconds(15), () -> (Long) notes.apply("handled") == 20L, "20 events handled");
            TestPlatform.waitUntil(Duration.ofSeconds(15), () -> count(p, "SELECT COUNT(*) FROM plt_event_delivery"
                    + " WHERE subscriber_id = 'tst.handler' AND status = 'DONE'") == 20L, "20 deliveries recorded");

            // A crash after the subscriber committed but before the platform recorded the delivery:
            // forget the deliveries and the watermark, so every event comes again.
            try (var c = p.platform().dataSource().getConnection(); var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM plt_event_delivery WHERE subscriber_id = 'tst.handler'");
                s.executeUpdate("DELETE FROM plt_subscriber WHERE subscriber_id = 'tst.handler'");
            }
            p.bundle("org.mekonghis.test.notes").orElseThrow().stop();
            p.bundle("org.mekonghis.test.notes").orElseThrow().start();
            TestPlatform.waitUntil(Duration.ofSeconds(15), () -> count(p, "SELECT COUNT(*) FROM plt_event_delivery"
                    + " WHERE subscriber_id = 'tst.handler'") == 20L, "all 20 events delivered again");
            assertThat(notes(p).apply("handled")).as("handled once each despite redelivery").isEqualTo(20L);
        }
    }

    private static long count(TestPlatform p, String sql) {
        try {
            return p.queryLong(sql);
        } catch (Exception e) {
            return -1;
        }
    }
}
