package org.mekonghis.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A fresh copy of the assembled distribution in a temporary folder, run through its own
 * {@code bin/mekong} as a separate process, the way an operator runs it.
 */
final class Installation implements AutoCloseable {

    /** The first administrator's password, given to the installation as MEKONG_ADMIN_PASSWORD. */
    static final String ADMIN_PASSWORD = "Quan-tri-2026";

    private final Path home;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private volatile String token;

    private Installation(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** Copies the distribution into {@code dir} and picks a free port. */
    static Installation unpack(Path dir) throws IOException {
        Path dist = Path.of(System.getProperty("mekong.it.distribution"));
        if (!Files.isRegularFile(dist.resolve("bin/mekong"))) {
            throw new IllegalStateException("distribution not assembled at " + dist);
        }
        Path home = dir.resolve("mekong-his");
        copyTree(dist, home);
        try (ServerSocket s = new ServerSocket(0)) {
            return new Installation(home, s.getLocalPort());
        }
    }

    static Path samplePlugin() {
        return Path.of(System.getProperty("mekong.it.samplePlugin"));
    }

    Path home() {
        return home;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts {@code bin/mekong run} in the background and waits for health UP. */
    void start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/mekong").toString(), "run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("logs/it-console.log").toFile()));
        environment(pb);
        Files.createDirectories(home.resolve("logs"));
        process = pb.start();
        waitUntil(Duration.ofSeconds(90), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("HIS exited with " + process.exitValue() + ":\n" + console());
            }
            return healthUp();
        }, "health UP");
    }

    /** Runs {@code bin/mekong <arguments>} against this installation and returns its output; fails on a non-zero exit. */
    String mekong(String... arguments) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(home.resolve("bin/mekong").toString());
        command.addAll(java.util.List.of(arguments));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        environment(pb);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError("bin/mekong " + String.join(" ", arguments) + " failed:\n" + out);
        }
        return out;
    }

    private void environment(ProcessBuilder pb) {
        pb.environment().put("MEKONG_HTTP_PORT", Integer.toString(port));
        pb.environment().put("MEKONG_HTTP_HOST", "127.0.0.1");
        pb.environment().put("MEKONG_PLUGINS_POLL_INTERVAL", "500ms");
        pb.environment().put("MEKONG_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // The JVM's class cache is recorded at the first stop, which would slow every test down;
        // the start-up benchmark measures it.
        pb.environment().put("MEKONG_JVM_CACHE", "off");
    }

    /** Signs in as the first administrator; later requests carry the bearer token. */
    void signIn() throws IOException, InterruptedException {
        token = null;
        HttpResponse<String> r = post("/api/auth/token",
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        if (r.statusCode() != 200) {
            throw new AssertionError("sign-in failed: " + r.statusCode() + " " + r.body());
        }
        int start = r.body().indexOf("\"accessToken\":\"") + 15;
        token = r.body().substring(start, r.body().indexOf('"', start));
    }

    /** SIGTERM, as systemd and bin/mekong stop send it; returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("HIS did not stop within 90 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** SIGKILL: the power cut. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    long pid() {
        return process.pid();
    }

    boolean healthUp() {
        try {
            HttpResponse<String> r = get("/api/health");
            return r.statusCode() == 200 && r.body().contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(20));
        String t = token;
        return t == null ? b : b.header("Authorization", "Bearer " + t);
    }

    /** Copies a plugin jar into plugins/ the way a careful operator does: to a temporary name, then renamed. */
    Path deployPlugin(Path jar, String fileName) throws IOException {
        Path tmp = home.resolve(fileName + ".part");
        Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
        return Files.move(tmp, home.resolve("plugins").resolve(fileName), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    String console() {
        try {
            return Files.readString(home.resolve("logs/it-console.log"));
        } catch (IOException e) {
            return "(no console log: " + e + ")";
        }
    }

    static void waitUntil(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.naturalOrder())::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
