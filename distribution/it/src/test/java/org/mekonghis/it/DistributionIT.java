package org.mekonghis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekonghis.platform.ui.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The assembled distribution, started as an operator starts it, with a plugin dropped in and taken out. */
class DistributionIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "org.mekonghis.sample";

    @TempDir
    Path dir;

    @Test
    void startsOnEmbeddedDerby_reportsHealth_andStopsCleanlyOnSigterm() throws Exception {
        try (Installation his = Installation.unpack(dir)) {
            his.start();
            JsonNode health = JSON.readTree(his.get("/api/health").body());
            assertThat(health.path("status").asText()).isEqualTo("UP");
            assertThat(health.path("database").path("status").asText()).isEqualTo("UP");
            assertThat(health.path("database").path("product").asText()).isEqualTo("Apache Derby");
            assertThat(health.path("bundles").findValuesAsText("symbolicName")).contains("org.apache.felix.scr");
            assertThat(health.path("bundles").findValuesAsText("symbolicName")).doesNotContain(SAMPLE);

            assertThat(his.stop()).as("exit code after SIGTERM").isIn(0, 143);
            assertThat(his.console()).contains("Derby database shut down cleanly");

            // The next start needs no recovery: Derby logs no recovery of an unclean shutdown.
            his.start();
            assertThat(his.healthUp()).isTrue();
            String derbyLog = Files.readString(his.home().resolve("data/derby.log"));
            assertThat(derbyLog).doesNotContainIgnoringCase("recovery");
        }
    }

    @Test
    void pluginCopiedIntoPlugins_startsWithinFiveSeconds_showsItsView_andLeavesWhenDeleted() throws Exception {
        try (Installation his = Installation.unpack(dir); Browser browser = Browser.start()) {
            his.start();
            his.signIn();
            browser.open(his.baseUrl() + "/");
            signInWithTheBrowser(browser);
            browser.waitForText("Mekong HIS");
            String homeText = browser.bodyText();
            assertThat(homeText).contains("Mekong HIS");
            assertThat(homeText).doesNotContain("Bảng thông báo");

            long copied = System.nanoTime();
            Path deployed = his.deployPlugin(Installation.samplePlugin(), "sample.jar");
            Installation.waitUntil(Duration.ofSeconds(5), () -> sampleState(his).equals("ACTIVE"),
                    "sample plugin ACTIVE within 5 s of the copy");
            long millis = (System.nanoTime() - copied) / 1_000_000;
            System.out.println("hot deploy: plugin ACTIVE " + millis + " ms after the copy");

            // The open page's menu offers the plugin's view without a reload (push), and the view opens.
            browser.waitForText("Bảng thông báo");
            browser.screenshot(Path.of("target/screenshots/hot-deployed-menu.png"));
            browser.open(his.baseUrl() + "/sample/notices");
            browser.waitForText("Đăng thông báo");

            HttpResponse<String> posted = his.post("/api/sample/notices",
                    "{\"title\":\"Họp giao ban khoa Nội\",\"body\":\"7 giờ 30 sáng thứ Hai\"}");
            assertThat(posted.statusCode()).isEqualTo(201);
            browser.open(his.baseUrl() + "/sample/notices");
            browser.waitForText("Họp giao ban khoa Nội");
            browser.screenshot(Path.of("target/screenshots/sample-notices.png"));

            Files.delete(deployed);
            Installation.waitUntil(Duration.ofSeconds(5), () -> sampleState(his).equals("ABSENT"),
                    "sample plugin gone within 5 s of deleting its jar");
            browser.waitUntil(d -> !browser.bodyText().contains("Bảng thông báo"));
            browser.open(his.baseUrl() + "/");
            assertThat(browser.bodyText()).doesNotContain("Bảng thông báo");
            assertThat(his.get("/api/sample/notices").statusCode()).isEqualTo(404);
            assertThat(his.healthUp()).isTrue();
        }
    }

    @Test
    void onlineBackup_whileRunning_restoresTheDataOfThatMoment() throws Exception {
        try (Installation his = Installation.unpack(dir)) {
            his.deployPlugin(Installation.samplePlugin(), "sample.jar");
            his.start();
            his.signIn();
            assertThat(his.post("/api/sample/notices", "{\"title\":\"Trước khi sao lưu\",\"body\":\"a\"}").statusCode())
                    .isEqualTo(201);
            String out = his.mekong("backup");
            assertThat(out).startsWith("Backup written to ");
            Path backup = Path.of(out.substring("Backup written to ".length()).trim());
            assertThat(backup.resolve("db/service.properties")).exists();
            assertThat(his.post("/api/sample/notices", "{\"title\":\"Sau khi sao lưu\",\"body\":\"b\"}").statusCode())
                    .isEqualTo(201);
            his.stop();

            // Restore as the administration guide says: replace data/db with the backup's db folder.
            Path db = his.home().resolve("data/db");
            try (var files = Files.walk(db)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            try (var files = Files.walk(backup.resolve("db"))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.copy(f, db.resolve(backup.resolve("db").relativize(f).toString()));
                }
            }
            his.start();
            his.signIn();
            String notices = his.get("/api/sample/notices").body();
            assertThat(notices).contains("Trước khi sao lưu").doesNotContain("Sau khi sao lưu");
        }
    }

    @Test
    void aNewVisitor_seesTheLoginPage_andNoApiAnswersWithoutCredentials_andTheAuditChainVerifies() throws Exception {
        try (Installation his = Installation.unpack(dir); Browser browser = Browser.start()) {
            his.start();
            browser.open(his.baseUrl() + "/admin/bundles");
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/login"));
            browser.waitFor(By.cssSelector("#login-form input[name='username']"));
            assertThat(browser.bodyText()).doesNotContain("org.apache.felix.scr");

            for (String path : new String[] {"/api/platform/bundles", "/api/sample/notices", "/api/platform/audit/verify"}) {
                HttpResponse<String> r = his.get(path);
                assertThat(r.statusCode()).as(path).isEqualTo(401);
                assertThat(JSON.readTree(r.body()).path("error").path("code").asText()).startsWith("HIS-");
            }
            for (String body : new String[] {"{\"username\":\"admin' OR '1'='1\",\"password\":\"x' OR '1'='1\"}",
                    "{\"username\":\"admin\",\"password\":\"" + "A".repeat(5000) + "\"}", "{\"username\":", "<xml/>"}) {
                HttpResponse<String> r = his.post("/api/auth/token", body);
                assertThat(r.statusCode()).as(body).isIn(400, 401);
                assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").contains("\"error\"");
            }

            signInWithTheBrowser(browser);
            browser.open(his.baseUrl() + "/admin/bundles");
            browser.waitForText("org.apache.felix.scr");
            browser.open(his.baseUrl() + "/admin/users");
            browser.waitForText("Tài khoản người dùng");
            browser.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space()='admin']"));
            browser.screenshot(Path.of("target/screenshots/admin-users.png"));
            browser.open(his.baseUrl() + "/admin/audit");
            browser.waitForText("Đăng nhập");
            browser.screenshot(Path.of("target/screenshots/audit.png"));

            assertThat(his.mekong("audit-verify")).startsWith("Audit log intact");
            his.stop();
            assertThat(his.mekong("audit-verify")).as("offline, from the database").contains("Audit log intact");
        }
    }

    /** Fills the login page as a person would; lands on the page first asked for. */
    private static void signInWithTheBrowser(Browser browser) {
        browser.waitFor(By.cssSelector("#login-form input[name='username']")).sendKeys("admin");
        browser.driver().findElement(By.cssSelector("#login-form input[name='password']"))
                .sendKeys(Installation.ADMIN_PASSWORD, Keys.ENTER);
        browser.waitUntil(d -> !d.getCurrentUrl().endsWith("/login"));
        browser.waitForVaadin();
    }

    private static String sampleState(Installation his) {
        try {
            JsonNode health = JSON.readTree(his.get("/api/health").body());
            for (JsonNode b : health.path("bundles")) {
                if (SAMPLE.equals(b.path("symbolicName").asText())) {
                    return b.path("state").asText();
                }
            }
            return "ABSENT";
        } catch (Exception e) {
            return "UNREACHABLE";
        }
    }
}
