package org.mekonghis.platform.ui.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditEntry;
import org.mekonghis.platform.api.audit.AuditTrail;
import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.ui.admin.AuditView;
import org.mekonghis.platform.ui.testing.Browser;
import org.mekonghis.platform.ui.testing.FakeAuthenticationService;
import org.mekonghis.platform.ui.testing.ShellSite;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The audit log viewer end to end, over a fake audit trail in a real framework. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditViewBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** 08:00 in Vietnam on 5 March 2025. */
    private static final Instant FIRST = Instant.parse("2025-03-05T01:00:00Z");
    private static final int ENTRIES = 120;

    private ShellSite site;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        site = ShellSite.start(null, Map.of(), List.of());
        browser = site.browser();
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
    }

    @BeforeEach
    void entries() {
        AuditTrail trail = site.auditTrail();
        site.auditTrail().clear();
        site.auditTrail().setVerification(null);
        AuditAction[] actions = {AuditAction.READ, AuditAction.UPDATE, AuditAction.PRINT, AuditAction.LOGIN};
        for (int i = 1; i <= ENTRIES; i++) {
            boolean failed = i == ENTRIES;
            AuditAction action = failed ? AuditAction.LOGIN_FAILED : actions[i % actions.length];
            boolean aboutPatient = action != AuditAction.LOGIN && !failed;
            site.auditTrail().add(new AuditEntry(i, FIRST.plus(Duration.ofMinutes(15L * i)),
                    i % 2 == 0 ? "u-2" : "u-1", i % 2 == 0 ? "nurse" : "admin",
                    i % 2 == 0 ? "Trần Thị Bình" : "Nguyễn Văn An", "USER", action,
                    aboutPatient ? (i % 3 == 0 ? "p-1003" : "p-1001") : null, aboutPatient ? "encounter" : null,
                    aboutPatient ? "e-" + i : null, !failed, null, "10.0.0." + (i % 7), "5f1c2a9e0b7d4c3" + (i % 9),
                    "hash" + i));
        }
        // like the real one, the fake refuses a thread without an auditor on it
        assertThatThrownBy(() -> trail.search(AuditTrail.Filter.ALL, 0, 1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void auditor_seesNewestEntriesFirstTranslatedAndPagesLazily() throws Exception {
        site.signIn("admin/audit", "auditor", FakeAuthenticationService.PASSWORD);

        browser.waitFor(By.id(AuditView.GRID_ID));
        // the newest entry: 5 March 08:00 + 120 x 15 min = 6 March 14:00 in Vietnam
        browser.waitForText("06/03/2025 14:00:00");
        assertThat(browser.bodyText()).contains("Đăng nhập thất bại", "Thất bại", "Trần Thị Bình (nurse)",
                "Người dùng", "10.0.0.");
        assertThat(browser.driver().findElements(By.id("menu-admin-audit"))).hasSize(1);
        assertThat(browser.driver().findElements(By.id("menu-admin-bundles"))).isEmpty();
        browser.screenshot(SCREENSHOTS.resolve("audit-viewer.png"));

        browser.script("arguments[0].scrollToIndex(" + (ENTRIES - 1) + ")",
                browser.driver().findElement(By.id(AuditView.GRID_ID)));
        browser.waitUntil(d -> site.auditTrail().offsets().stream().anyMatch(offset -> offset >= 50));
        browser.waitForText("05/03/2025 08:15:00");
    }

    @Test
    void filters_narrowTheSearchByPatientActionAndVietnameseDates() {
        site.signIn("admin/audit", "auditor", FakeAuthenticationService.PASSWORD);
        browser.waitFor(By.id(AuditView.GRID_ID));

        type("admin-audit-patient", "p-1003");
        type("admin-audit-from", "05/03/2025");
        type("admin-audit-to", "05/03/2025");
        browser.driver().findElement(By.id("admin-audit-search")).click();
        browser.waitForVaadin();

        browser.waitUntil(d -> site.auditTrail().searches().stream().anyMatch(f -> "p-1003".equals(f.patientId())));
        AuditTrail.Filter filter = site.auditTrail().searches().getLast();
        assertThat(filter.patientId()).isEqualTo("p-1003");
        assertThat(filter.principal()).isNull();
        // the whole Vietnamese day: from midnight in Hanoi (17:00 UTC the day before) to the next midnight
        assertThat(filter.from()).isEqualTo(Instant.parse("2025-03-04T17:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2025-03-05T17:00:00Z"));
        browser.waitUntil(d -> !browser.bodyText().contains("p-1001"));
        assertThat(browser.bodyText()).contains("p-1003");
    }

    @Test
    void csvExport_streamsTheCurrentFilterAsADownload() throws Exception {
        site.signIn("admin/audit", "auditor", FakeAuthenticationService.PASSWORD);
        browser.waitFor(By.id(AuditView.GRID_ID));
        type("admin-audit-patient", "p-1001");
        browser.driver().findElement(By.id("admin-audit-search")).click();
        browser.waitForVaadin();

        String href = browser.waitFor(By.id(AuditView.EXPORT_ID)).getDomProperty("href");
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            response = client.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + cookie)
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("attachment").contains("mekong-audit-"
                        + LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) + ".csv"));
        List<String> lines = response.body().lines().toList();
        assertThat(lines.getFirst()).startsWith("sequence,");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allMatch(line -> line.contains(",p-1001,"));

        // without the session, nothing
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create(href))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.body()).doesNotContain("p-1001");
        }
    }

    @Test
    void verifyChain_showsIntactOrTheFirstBrokenEntryInRed() throws Exception {
        site.signIn("admin/audit", "auditor", FakeAuthenticationService.PASSWORD);
        browser.waitFor(By.id(AuditView.GRID_ID));

        browser.driver().findElement(By.id("admin-audit-verify")).click();
        WebElement result = browser.waitUntil(d -> d.findElements(By.cssSelector("#" + AuditView.VERIFICATION_ID
                + "[data-intact]")).stream().findFirst().orElse(null));
        assertThat(result.getAttribute("data-intact")).isEqualTo("true");
        assertThat(result.getText()).contains("toàn vẹn", "120");

        site.auditTrail().setVerification(new AuditTrail.Verification(false, 120, 57, "altered"));
        browser.driver().findElement(By.id("admin-audit-verify")).click();
        browser.waitUntil(d -> "false".equals(d.findElement(By.id(AuditView.VERIFICATION_ID))
                .getAttribute("data-intact")));
        WebElement broken = browser.driver().findElement(By.id(AuditView.VERIFICATION_ID));
        assertThat(broken.getText()).isEqualTo("Chuỗi nhật ký bị phá vỡ tại bản ghi số 57: bản ghi đã bị sửa đổi.");
        String colour = broken.getCssValue("color");
        assertThat(colour).startsWith("rgba(").satisfies(rgb -> {
            String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
            assertThat(Double.parseDouble(parts[0])).isGreaterThan(150);
            assertThat(Double.parseDouble(parts[1])).isLessThan(100);
        });
        browser.screenshot(SCREENSHOTS.resolve("audit-broken-chain.png"));
    }

    @Test
    void userWithoutTheAuditPermission_isRefusedAndTheRefusalAudited() {
        site.signIn("admin/audit", "nurse", FakeAuthenticationService.PASSWORD);

        browser.waitForText("Bạn không có quyền sử dụng chức năng này.");
        assertThat(browser.driver().findElements(By.id(AuditView.GRID_ID))).isEmpty();
        assertThat(browser.driver().findElements(By.id("menu-admin-audit"))).isEmpty();
        assertThat(site.auditLog().entries()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(entry.recordId()).isEqualTo("admin/audit");
            assertThat(entry.principal()).isEqualTo(FakeAuthenticationService.NURSE);
        });
    }

    private void type(String id, String value) {
        WebElement input = browser.waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value, Keys.ENTER);
        // a date picker commits on Enter and closes its calendar
        browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-date-picker[opened]")).isEmpty());
        browser.waitForVaadin();
    }
}
