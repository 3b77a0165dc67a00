package org.mekonghis.clinical.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mekonghis.platform.testing.TestDatabase;
import org.mekonghis.platform.testing.TestPlatform;
import org.mekonghis.platform.ui.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.osgi.framework.Bundle;

/**
 * The real platform with every core bundle (security, patient, encounter, terminology and this
 * one) on a throwaway database, and a headless Chromium signed in as the first administrator.
 */
final class ClinicalSite implements AutoCloseable {
    static final String BSN = "org.mekonghis.clinical.ui";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f\\-]{36})\"");

    private final TestPlatform platform;
    private final Browser browser;

    private ClinicalSite(TestPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    static ClinicalSite start(Path home, TestDatabase db) throws Exception {
        TestPlatform p = TestPlatform.builder(home).database(db).withSecurity()
                .setting("clinical.ui.refresh-interval", "500ms")
                .setting("clinical.ui.facility-name", "Bệnh viện Đa khoa Mê Kông")
                .coreBundle(jar("mekong.patient.jar")).coreBundle(jar("mekong.encounter.jar"))
                .coreBundle(jar("mekong.terminology.jar")).coreBundle(jar("mekong.clinical-ui.jar")).start();
        try {
            assertThat(p.bundle(BSN).orElseThrow().getState()).isEqualTo(Bundle.ACTIVE);
            // the bundles' components register their endpoints and views just after the start
            TestPlatform.waitUntil(Duration.ofSeconds(30), () -> answers(p, "/api/auth/token")
                    && answers(p, "/api/patient/patients") && answers(p, "/api/encounter/departments"),
                    "REST endpoints of security, patient and encounter registered");
            p.signInAsAdmin();
            return new ClinicalSite(p, Browser.start());
        } catch (Exception | Error e) {
            p.close();
            throw e;
        }
    }

    private static boolean answers(TestPlatform p, String path) {
        try {
            return p.get(path).statusCode() != 404;
        } catch (Exception e) {
            return false;
        }
    }

    private static Path jar(String property) {
        String path = System.getProperty(property);
        assertThat(path).as("system property %s", property).isNotNull();
        return Path.of(path);
    }

    TestPlatform platform() {
        return platform;
    }

    Browser browser() {
        return browser;
    }

    String url(String route) {
        return platform.baseUrl() + "/" + route;
    }

    /** Opens {@code route}, signs in as the administrator on the way and waits for {@code readyId}. */
    void signInAndOpen(String route, String readyId) {
        browser.open(url(route));
        browser.waitFor(By.cssSelector("#login-form input[name='username']")).sendKeys("admin");
        browser.driver().findElement(By.cssSelector("#login-form input[name='password']"))
                .sendKeys(TestPlatform.ADMIN_PASSWORD, Keys.ENTER);
        browser.waitUntil(d -> !d.getCurrentUrl().endsWith("/login"));
        browser.waitForVaadin();
        if (!browser.driver().getCurrentUrl().contains("/" + route)) {
            browser.open(url(route));
        }
        browser.waitFor(By.id(readyId));
        browser.waitForVaadin();
    }

    void open(String route, String readyId) {
        browser.open(url(route));
        browser.waitFor(By.id(readyId));
        browser.waitForVaadin();
    }

    /** Registers a patient over REST as the administrator; returns its id. */
    String registerPatient(String json) throws Exception {
        HttpResponse<String> r = platform.post("/api/patient/patients", json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return first(ID, r.body());
    }

    static String first(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as("%s in %s", pattern, body).isTrue();
        return m.group(1);
    }

    /** Presses keys on whatever has the focus, as a user at the keyboard would. */
    void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Presses a key with Ctrl held. */
    void ctrl(CharSequence key) {
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(key).keyUp(Keys.CONTROL).perform();
    }

    /** Whether the focused element lies inside the element with id {@code id}. */
    boolean focusIn(String id) {
        Object inside = ((JavascriptExecutor) browser.driver()).executeScript("""
                let e = document.activeElement;
                while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
                for (let n = e; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
                    if (n.id === arguments[0]) { return true; }
                }
                return false;""", id);
        return Boolean.TRUE.equals(inside);
    }

    /** Presses Tab until the focus is inside {@code id}; fails after 40 presses. */
    void tabTo(String id) {
        for (int i = 0; i < 40; i++) {
            if (focusIn(id)) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    /** Waits until the focus is inside {@code id}. */
    void waitForFocus(String id) {
        browser.waitUntil(d -> focusIn(id));
    }

    WebElement byId(String id) {
        return browser.waitFor(By.id(id));
    }

    /** The bytes behind a link of the page, fetched by the page itself (with its session). */
    byte[] fetch(String href) {
        Object base64 = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => r.ok ? r.arrayBuffer() : Promise.reject('HTTP ' + r.status))
                    .then(b => {
                        let s = '';
                        const bytes = new Uint8Array(b);
                        for (let i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
                        done(btoa(s));
                    })
                    .catch(e => done('ERROR ' + e));""", href);
        assertThat(base64).isInstanceOf(String.class);
        assertThat((String) base64).doesNotStartWith("ERROR");
        return Base64.getDecoder().decode((String) base64);
    }

    void screenshot(String name) {
        try {
            browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
        } catch (Exception e) {
            // a missing screenshot must not hide the test's own outcome
        }
    }

    /** A test step that may throw. */
    @FunctionalInterface
    interface Steps {
        void run() throws Exception;
    }

    /** Runs {@code steps}; when they fail, saves a screenshot of the page as it was before rethrowing. */
    void screenshotOnFailure(String name, Steps steps) throws Exception {
        try {
            steps.run();
        } catch (Exception | AssertionError e) {
            screenshot(name);
            throw e;
        }
    }

    static void waitUntil(Duration timeout, java.util.function.BooleanSupplier condition, String what) {
        TestPlatform.waitUntil(timeout, condition, what);
    }

    @Override
    public void close() throws Exception {
        try {
            browser.close();
        } finally {
            platform.close();
            Files.createDirectories(SCREENSHOTS);
        }
    }
}
