package org.mekonghis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a burst of outbox events, restart, and check that no event was lost
 * and none was handled twice: each posted notice publishes one event in its own transaction,
 * and the sample plugin's subscriber writes one activity row per event it handles.
 */
class CrashRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void killDuringEventBurst_restart_deliversEveryEventExactlyOnce() throws Exception {
        try (Installation his = Installation.unpack(dir)) {
            his.deployPlugin(Installation.samplePlugin(), "sample.jar");
            his.start();
            his.signIn();
            AtomicInteger acknowledged = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; i < 500 && !killed.get(); i++) {
                        try {
                            HttpResponse<String> r = his.post("/api/sample/notices",
                                    "{\"title\":\"Thông báo " + writer + "-" + i + "\",\"body\":\"Tải thử\"}");
                            if (r.statusCode() == 201) {
                                acknowledged.incrementAndGet();
                            }
                        } catch (Exception connectionCut) {
                            return;
                        }
                    }
                });
            }
            Installation.waitUntil(Duration.ofSeconds(60), () -> acknowledged.get() >= 150, "150 notices acknowledged");
            his.kill();
            killed.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            int acked = acknowledged.get();

            his.start();
            his.signIn();
            Installation.waitUntil(Duration.ofSeconds(60), () -> {
                JsonNode s = stats(his);
                return s != null && s.path("notices").asLong() == s.path("activities").asLong();
            }, "every stored notice's event handled after restart");
            JsonNode stats = stats(his);
            long notices = stats.path("notices").asLong();
            System.out.printf("crash test: %d notices acknowledged before kill -9, %d stored, %d activities, %d distinct events%n",
                    acked, notices, stats.path("activities").asLong(), stats.path("distinctActivityEvents").asLong());
            assertThat(notices).as("every acknowledged notice survived the crash").isGreaterThanOrEqualTo(acked);
            assertThat(stats.path("activities").asLong()).as("one activity per notice: no event lost").isEqualTo(notices);
            assertThat(stats.path("distinctActivityEvents").asLong()).as("no event handled twice").isEqualTo(notices);
        }
    }

    private static JsonNode stats(Installation his) {
        try {
            HttpResponse<String> r = his.get("/api/sample/stats");
            return r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
        } catch (Exception e) {
            return null;
        }
    }
}
