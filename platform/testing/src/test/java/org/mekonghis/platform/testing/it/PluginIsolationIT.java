package org.mekonghis.platform.testing.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekonghis.platform.testing.TestBundles;
import org.mekonghis.platform.testing.TestPlatform;
import org.mekonghis.platform.ui.host.PlatformStatus.BundleStatus;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * A plugin that throws while starting or handling events is isolated: recorded, shown, and the HIS
 * goes on. (Views that throw while rendering are tested in a browser by the UI shell's tests.)
 */
class PluginIsolationIT {

    private static final String IMPORTS = "org.osgi.framework,org.mekonghis.platform.api.ui,"
            + "org.mekonghis.platform.api.event,org.mekonghis.platform.api.persistence,com.vaadin.flow.component";

    @TempDir
    Path home;

    private static Path faulty(Path dir, String fault) throws Exception {
        return TestBundles.bundle("org.mekonghis.test.faulty." + fault, "1.0.0")
                .header("Bundle-Activator", FaultyActivator.class.getName())
                .header("Import-Package", IMPORTS)
                .header("Test-Fault", fault)
                .classes(FaultyActivator.class)
                .resource("db/faulty/changelog.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                            xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                                http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd"/>
                        """)
                .writeTo(dir.resolve("faulty-" + fault + ".jar"));
    }

    private static BundleStatus statusOf(TestPlatform p, String name) {
        return p.platform().status().bundles().stream().filter(b -> name.equals(b.symbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not installed"));
    }

    @Test
    void pluginThrowingAtStart_isShownFailed_andHealthStaysUp() throws Exception {
        Path jar = faulty(home.resolve("build"), "start");
        try (TestPlatform p = TestPlatform.builder(home).plugin(jar).start()) {
            BundleStatus status = statusOf(p, "org.mekonghis.test.faulty.start");
            assertThat(status.state()).isEqualTo("FAILED");
            assertThat(status.error()).contains("faulty plugin refuses to start");
            HttpResponse<String> health = p.get("/api/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").contains("faulty plugin refuses to start")
                    .contains("\"state\":\"FAILED\"");
        }
    }

    @Test
    void pluginDroppedWhileRunning_thatThrowsAtStart_doesNotDisturbTheRest() throws Exception {
        Path jar = faulty(home.resolve("build"), "start");
        try (TestPlatform p = TestPlatform.builder(home).start()) {
            p.deployPlugin(jar, "faulty.jar");
            TestPlatform.waitUntil(Duration.ofSeconds(5),
                    () -> p.bundle("org.mekonghis.test.faulty.start").isPresent()
                            && "FAILED".equals(statusOf(p, "org.mekonghis.test.faulty.start").state()),
                    "faulty plugin installed and shown FAILED");
            assertThat(p.get("/api/health").statusCode()).isEqualTo(200);
            assertThat(p.get("/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void subscriberThatAlwaysThrows_isRetriedThenSetAside_whileOthersReceiveTheEvent() throws Exception {
        Path jar = faulty(home.resolve("build"), "subscriber");
        try (TestPlatform p = TestPlatform.builder(home).plugin(jar).start()) {
            Bundle bundle = p.bundle("org.mekonghis.test.faulty.subscriber").orElseThrow();
            ServiceReference<Runnable> publish = bundle.getBundleContext()
                    .getServiceReferences(Runnable.class, "(faulty=publish)").iterator().next();
            bundle.getBundleContext().getService(publish).run();
            ServiceReference<Supplier> seenRef = bundle.getBundleContext()
                    .getServiceReferences(Supplier.class, "(faulty=seen)").iterator().next();
            Supplier<List<String>> seen = bundle.getBundleContext().getService(seenRef);
            TestPlatform.waitUntil(Duration.ofSeconds(10), () -> seen.get().size() == 1, "working subscriber got the event");
            TestPlatform.waitUntil(Duration.ofSeconds(30), () -> {
                try {
                    return p.queryLong("SELECT COUNT(*) FROM plt_event_delivery WHERE subscriber_id = 'faulty.broken'"
                            + " AND status = 'FAILED'") == 1;
                } catch (Exception e) {
                    return false;
                }
            }, "broken subscriber's event set aside as FAILED after its attempts");
            assertThat(p.queryLong("SELECT attempts FROM plt_event_delivery WHERE subscriber_id = 'faulty.broken'"))
                    .isEqualTo(5);
            BundleStatus status = statusOf(p, "org.mekonghis.test.faulty.subscriber");
            assertThat(status.state()).isEqualTo("FAILED");
            assertThat(status.error()).contains("faulty.broken");
            assertThat(seen.get()).hasSize(1);
        }
    }
}
