package org.mekonghis.platform.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.Div;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.ui.ViewContribution;
import org.mekonghis.platform.ui.testing.Browser;
import org.mekonghis.platform.ui.testing.FakeAuthenticationService;
import org.mekonghis.platform.ui.testing.ShellSite;
import org.mekonghis.platform.ui.testing.TestUiHost;
import org.mekonghis.platform.ui.testing.TestView;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

/**
 * The shell end to end: a real Felix framework, the real web server, real HTTP and a headless
 * Chromium. Contributions are registered by a real (empty) bundle, so stopping the bundle is
 * what removes them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShellBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private ShellSite site;
    private TestUiHost host;
    private WebServer server;
    private Browser browser;
    private final AtomicInteger filtered = new AtomicInteger();
    private Bundle plugin;

    @BeforeAll
    void startEverything() throws Exception {
        HttpServlet ping = new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("pong " + request.getPathInfo());
            }
        };
        Filter counting = (request, response, chain) -> {
            filtered.incrementAndGet();
            ((HttpServletResponse) response).setHeader("X-Test-Filter", "seen");
            chain.doFilter(request, response);
        };
        site = ShellSite.start(null, Map.of("/api/*", ping), List.of(counting));
        host = site.host();
        server = site.server();
        browser = site.browser();
    }

    @AfterAll
    void stopEverything() throws Exception {
        try {
            // the browser still holds a push request open: stopping must not wait for it
            long started = System.nanoTime();
            server.stop();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(server.isRunning()).isFalse();
        } finally {
            site.close();
        }
    }

    @BeforeEach
    void freshPluginAndAdministrator() throws Exception {
        plugin = site.felix().installEmptyBundle("org.mekonghis.test.plugin" + System.nanoTime(), "1.2.3");
        site.signIn("", "admin", FakeAuthenticationService.PASSWORD);
    }

    @AfterEach
    void removePlugin() throws Exception {
        if (plugin != null && plugin.getState() != Bundle.UNINSTALLED) {
            plugin.uninstall();
        }
    }

    private ServiceRegistration<ViewContribution> register(Bundle bundle, ViewContribution view) {
        return bundle.getBundleContext().registerService(ViewContribution.class, view, new Hashtable<>());
    }

    private static TestView notices() {
        return new TestView("test/notices", "test.notices.title", "test.read", 10, "vaadin:bell", context -> {
            Div view = new Div("Notices path=" + context.path() + " q=" + context.parameters().get("q")
                    + " user=" + context.principal().username() + " locale=" + context.locale().getLanguage());
            view.setId("test-notices");
            return view;
        });
    }

    private List<String> menuRoutes() {
        return browser.driver().findElements(By.cssSelector("#shell-menu vaadin-side-nav-item[data-route]")).stream()
                .map(item -> item.getAttribute("data-route")).toList();
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(20))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void http_rootServesVaadinWithSecurityHeadersAndHttpOnlySession() throws Exception {
        HttpResponse<String> response = get("");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("VAADIN/build/");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'self'").contains("'unsafe-eval'"));
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly"));
        assertThat(response.headers().firstValue("X-Test-Filter")).hasValue("seen");
    }

    @Test
    void http_extraServletWinsForItsPathAndPassesThroughFilters() throws Exception {
        int before = filtered.get();

        HttpResponse<String> response = get("api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("pong /health");
        assertThat(response.headers().firstValue("X-Test-Filter")).hasValue("seen");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(filtered.get()).isGreaterThan(before);
    }

    @Test
    void http_pushClientScriptIsServed() throws Exception {
        HttpResponse<String> response = get("VAADIN/static/push/vaadinPush-min.js");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void homePage_rendersInVietnameseWithMenuAndWithoutCspViolations() throws Exception {
        browser.consoleMessages();
        browser.open(server.baseUrl());

        browser.waitFor(By.id("shell-home"));
        browser.waitForText("Chào mừng Nguyễn Văn An đến với Mekong HIS");
        assertThat(browser.bodyText()).contains("Trang chủ", "Quản trị hệ thống", "Mô-đun đã cài đặt",
                "Hệ thống thông tin bệnh viện");
        assertThat(browser.driver().getTitle()).contains("Mekong HIS");
        assertThat(browser.bodyText()).contains(plugin.getSymbolicName());
        browser.screenshot(SCREENSHOTS.resolve("home-vi.png"));
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
    }

    @Test
    void contributedView_appearsInMenuLiveRendersWithPathAndVanishesWhenItsBundleStops() throws Exception {
        browser.open(server.baseUrl());
        browser.waitFor(By.id("shell-home"));
        assertThat(menuRoutes()).doesNotContain("test/notices");

        register(plugin, notices());

        // pushed to the open page: no navigation, no reload
        browser.waitUntil(d -> menuRoutes().contains("test/notices"));
        assertThat(browser.bodyText()).contains("Bảng thông báo");

        browser.open(server.baseUrl() + "test/notices/42/x?q=abc");
        WebElement view = browser.waitFor(By.id("test-notices"));
        assertThat(view.getText()).isEqualTo("Notices path=[42, x] q=abc user=admin locale=vi");
        browser.open(server.baseUrl() + "test/notices");
        assertThat(browser.waitFor(By.id("test-notices")).getText()).startsWith("Notices path=[] q=null");
        browser.screenshot(SCREENSHOTS.resolve("contributed-view.png"));

        plugin.stop();

        // the open view is replaced by a notice, the menu entry goes, the page keeps working
        browser.waitForText("Màn hình này không còn khả dụng");
        browser.waitUntil(d -> !menuRoutes().contains("test/notices"));
        assertThat(browser.driver().findElements(By.id("test-notices"))).isEmpty();
        browser.screenshot(SCREENSHOTS.resolve("view-removed.png"));

        browser.open(server.baseUrl() + "test/notices");
        browser.waitFor(By.id("shell-not-found"));
        assertThat(browser.bodyText()).contains("Không tìm thấy trang");
        assertThat(get("test/notices").statusCode()).isIn(200, 404);
    }

    @Test
    void failingView_showsErrorPanelAndIsRecordedWhileMenuKeepsWorking() throws Exception {
        register(plugin, new TestView("test/broken", "test.broken.title", null, 20, null, context -> {
            throw new IllegalStateException("boom from the test bundle");
        }));
        register(plugin, notices());

        browser.open(server.baseUrl() + "test/broken");

        WebElement panel = browser.waitFor(By.cssSelector(".mekong-error-panel[data-kind=error]"));
        assertThat(panel.getText()).contains("Không thể hiển thị màn hình này", plugin.getSymbolicName());
        assertThat(browser.bodyText()).doesNotContain("boom from the test bundle", "IllegalStateException");
        assertThat(host.status().failures()).anySatisfy(failure -> {
            assertThat(failure.bundle()).isEqualTo(plugin);
            assertThat(failure.activity()).isEqualTo("render view test/broken");
            assertThat(failure.error()).hasMessage("boom from the test bundle");
        });
        browser.screenshot(SCREENSHOTS.resolve("view-failed.png"));

        browser.driver().findElement(By.cssSelector("#shell-menu vaadin-side-nav-item[data-route='test/notices']"))
                .click();
        browser.waitFor(By.id("test-notices"));
    }

    @Test
    void viewNeedingAMissingPermission_isNotInMenuAndShowsAccessDenied() throws Exception {
        register(plugin, new TestView("test/secret", "test.secret.title", "test.secret", 5, null,
                context -> new Div("secret content")));
        register(plugin, notices());
        site.signIn("", "nurse", FakeAuthenticationService.PASSWORD);
        browser.waitUntil(d -> menuRoutes().contains("test/notices"));
        assertThat(menuRoutes()).doesNotContain("test/secret");

        browser.open(server.baseUrl() + "test/secret");
        browser.waitForText("Bạn không có quyền sử dụng chức năng này.");
        assertThat(browser.bodyText()).doesNotContain("secret content");
        assertThat(site.auditLog().entries()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(entry.recordType()).isEqualTo("view");
            assertThat(entry.recordId()).isEqualTo("test/secret");
            assertThat(entry.success()).isFalse();
            assertThat(entry.principal()).isEqualTo(FakeAuthenticationService.NURSE);
            assertThat(entry.client().sessionId()).hasSize(16);
        });
        browser.screenshot(SCREENSHOTS.resolve("access-denied.png"));
    }

    @Test
    void userWithoutAdminPermission_seesNoAdministrationAndIsDeniedTheBundlesPage() throws Exception {
        site.signIn("admin/bundles", "nurse", FakeAuthenticationService.PASSWORD);

        browser.waitForText("Bạn không có quyền sử dụng chức năng này.");
        assertThat(browser.driver().findElements(By.id("menu-admin-bundles"))).isEmpty();
        assertThat(browser.driver().findElements(By.id(org.mekonghis.platform.ui.admin.BundlesView.GRID_ID))).isEmpty();
    }

    @Test
    void duplicateRoute_firstWinsAndSecondIsRecordedAsFailure() throws Exception {
        Bundle other = site.felix().installEmptyBundle("org.mekonghis.test.other" + System.nanoTime(), "1.0.0");
        try {
            register(plugin, notices());
            register(other, new TestView("test/notices", "test.notices.title", null, 1, null,
                    context -> new Div("the second one")));

            assertThat(host.status().failures()).anySatisfy(failure -> {
                assertThat(failure.bundle()).isEqualTo(other);
                assertThat(failure.activity()).isEqualTo("register view test/notices");
            });
            browser.open(server.baseUrl() + "test/notices");
            browser.waitFor(By.id("test-notices"));

            plugin.stop();
            // the second takes over once the first has gone
            browser.open(server.baseUrl() + "test/notices");
            browser.waitForText("the second one");
        } finally {
            other.uninstall();
        }
    }

    @Test
    void languageSwitch_changesTheShellToEnglishForTheSession() throws Exception {
        register(plugin, notices());
        browser.open(server.baseUrl());
        browser.waitForText("Chào mừng");

        browser.driver().findElement(By.id("shell-language")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().contains("English") && item.isDisplayed()).findFirst().orElse(null))
                .click();

        browser.waitForText("Welcome to Mekong HIS, Nguyễn Văn An");
        browser.waitForVaadin();
        assertThat(browser.bodyText()).contains("Home", "Administration", "Notice board");
        browser.screenshot(SCREENSHOTS.resolve("home-en.png"));

        // the choice belongs to the session: a new page in the same session stays English
        browser.open(server.baseUrl() + "test/notices");
        assertThat(browser.waitFor(By.id("test-notices")).getText()).endsWith("locale=en");

        // switch back so other tests see Vietnamese
        browser.driver().findElement(By.id("shell-language")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().contains("Tiếng Việt") && item.isDisplayed()).findFirst()
                .orElse(null)).click();
        browser.waitForText("Bảng thông báo");
    }

    @Test
    void bundlesPage_listsBundlesAndMarksFailedOnes() throws Exception {
        host.status().recordFailure(plugin, "start", new IllegalStateException("HIS-9999: test failure\nsecond line"));

        browser.open(server.baseUrl() + "admin/bundles");

        browser.waitFor(By.id(org.mekonghis.platform.ui.admin.BundlesView.GRID_ID));
        browser.waitForText(plugin.getSymbolicName());
        assertThat(browser.bodyText()).contains("org.apache.felix.framework", "1.2.3", "Mô-đun của hệ thống");
        browser.waitFor(By.cssSelector("vaadin-badge[data-state=FAILED]"));
        assertThat(browser.bodyText()).contains("HIS-9999: test failure");
        browser.screenshot(SCREENSHOTS.resolve("admin-bundles.png"));

        browser.driver().findElement(By.id("admin-bundles-refresh")).click();
        browser.waitForVaadin();
        assertThat(browser.bodyText()).contains(plugin.getSymbolicName());
    }
}
