package org.mekonghis.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cold start of the assembled distribution, from process launch to {@code /api/health} UP, on
 * a fresh embedded Derby database each time; then the heap in use after start (after a full
 * GC, so it is what the HIS keeps, not garbage) and the resident size of the process.
 * Prints figures; it asserts nothing about speed.
 *
 * <p>Usage: {@code StartupBenchmark <distribution dir> [runs]}
 */
public final class StartupBenchmark {
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.isRegularFile(dist.resolve("bin/mekong"))) {
            throw new IllegalArgumentException("not a Mekong HIS distribution: " + dist);
        }
        System.out.println("First starts: no JVM class cache, fresh database");
        Result first = measure(dist, runs, null);
        Path cache = Files.createTempDirectory("mekong-bench-jvm-cache");
        System.out.println("Training run: records the JVM class cache at its stop");
        measure(dist, 1, cache);
        System.out.println("Later starts: with the JVM class cache (Java 25+), fresh database");
        Result later = measure(dist, runs, cache);
        deleteTree(cache);

        System.out.printf(Locale.ROOT, "%nStart-up benchmark (%d runs each, %d cores, %s %s)%n", runs,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        first.print("first start (no JVM cache)");
        later.print("later start (JVM cache)");
    }

    private record Result(List<Long> startMillis, List<Long> heapKb, List<Long> rssKb) {
        void print(String label) {
            System.out.printf(Locale.ROOT, "%s: cold start to health UP: median %d ms (min %d, max %d)%n", label,
                    median(startMillis), min(startMillis), max(startMillis));
            System.out.printf(Locale.ROOT, "%s: heap used after start (after full GC): median %.1f MB%n", label,
                    median(heapKb) / 1024.0);
            System.out.printf(Locale.ROOT, "%s: resident set size after start: median %.1f MB%n", label,
                    median(rssKb) / 1024.0);
        }
    }

    /** Starts the distribution {@code runs} times on fresh data folders; {@code jvmCache} null means no JVM cache. */
    private static Result measure(Path dist, int runs, Path jvmCache) throws Exception {
        List<Long> startMillis = new ArrayList<>();
        List<Long> heapKb = new ArrayList<>();
        List<Long> rssKb = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Path data = Files.createTempDirectory("mekong-bench");
            int port = freePort();
            ProcessBuilder pb = new ProcessBuilder(dist.resolve("bin/mekong").toString(), "run")
                    .redirectErrorStream(true)
                    .redirectOutput(data.resolve("console.log").toFile());
            pb.environment().put("MEKONG_HTTP_PORT", Integer.toString(port));
            pb.environment().put("MEKONG_HTTP_HOST", "127.0.0.1");
            pb.environment().put("MEKONG_DATA_DIR", data.toString());
            pb.environment().put("MEKONG_LOG_DIR", data.resolve("logs").toString());
            if (jvmCache == null) {
                pb.environment().put("MEKONG_JVM_CACHE", "off");
            } else {
                pb.environment().put("MEKONG_JVM_CACHE_DIR", jvmCache.toString());
            }
            long t0 = System.nanoTime();
            Process p = pb.start();
            try {
                waitForHealth(port, p, data);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long heap = heapAfterGc(p.pid());
                long rss = rss(p.pid());
                startMillis.add(ms);
                heapKb.add(heap);
                rssKb.add(rss);
                System.out.printf(Locale.ROOT, "run %d: ready in %d ms, heap used after GC %.1f MB, resident %.1f MB%n", i,
                        ms, heap / 1024.0, rss / 1024.0);
            } finally {
                p.destroy();
                // A training run writes the class cache while it stops.
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
                deleteTree(data);
            }
        }
        return new Result(startMillis, heapKb, rssKb);
    }

    private static void waitForHealth(int port, Process p, Path data) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("HIS exited with " + p.exitValue() + "; see " + data.resolve("console.log")
                        + ":\n" + Files.readString(data.resolve("console.log")));
            }
            try {
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(25);
        }
        throw new IllegalStateException("HIS not UP within 120 s");
    }

    /** Heap in use after a full GC, in KB, read with jcmd from the JDK running this benchmark. */
    private static long heapAfterGc(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, Long.toString(pid), "GC.run");
        String info = run(jcmd, Long.toString(pid), "GC.heap_info");
        Matcher m = HEAP_USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("cannot read heap use from: " + info);
        }
        return Long.parseLong(m.group(1));
    }

    private static long rss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long min(List<Long> values) {
        return values.stream().min(Comparator.naturalOrder()).orElse(0L);
    }

    private static long max(List<Long> values) {
        return values.stream().max(Comparator.naturalOrder()).orElse(0L);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
