package org.mekonghis.platform.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Mekong HIS: {@code java -Dmekong.home=DIR -jar mekong-platform-launcher.jar [--demo]}.
 * Settings come from {@code DIR/conf/mekong.properties} and {@code MEKONG_*} environment
 * variables. SIGTERM (or Ctrl+C) stops it cleanly.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Logger log = LoggerFactory.getLogger(Main.class);
        Map<String, String> overrides = new HashMap<>();
        for (String arg : args) {
            switch (arg) {
                case "--demo" -> overrides.put("demo.enabled", "true");
                case "--help", "-h" -> {
                    System.out.println("Usage: mekong run [--demo]");
                    return;
                }
                default -> {
                    System.err.println("Unknown option " + arg + "; usage: mekong run [--demo]");
                    System.exit(2);
                }
            }
        }
        Path home = Path.of(System.getProperty("mekong.home", ".")).toAbsolutePath().normalize();
        Platform platform;
        try {
            PropertiesConfiguration config = PropertiesConfiguration.load(home.resolve("conf/mekong.properties"),
                    System.getenv(), overrides);
            platform = Platform.start(PlatformSettings.from(home, config), config);
        } catch (Exception e) {
            log.error("Mekong HIS could not start: {}", e.getMessage(), e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping Mekong HIS");
            platform.close();
            stopped.countDown();
        }, "mekong-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
