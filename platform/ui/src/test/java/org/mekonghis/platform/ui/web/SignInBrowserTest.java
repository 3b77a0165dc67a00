package org.mekonghis.platform.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mekonghis.platform.api.ui.ViewContribution;
import org.mekonghis.platform.ui.security.LoginView;
import org.mekonghis.platform.ui.security.PasswordView;
import org.mekonghis.platform.ui.security.RequestClient;
import org.mekonghis.platform.ui.shell.MainLayout;
import org.mekonghis.platform.ui.testing.Browser;
import org.mekonghis.platform.ui.testing.FakeAuthenticationService;
import org.mekonghis.platform.ui.testing.FakeAuthenticationService.Call;
import org.mekonghis.platform.ui.testing.ShellSite;
import org.mekonghis.platform.ui.testing.TestView;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.osgi.framework.Bundle;

/**
 * Signing in and out of the shell end to end, with a fake authentication service in a real
 * framework, the real web server and a headless Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = FakeAuthenticationService.PASSWORD;
    private static final String BAD_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng.";

    private ShellSite site;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        site = ShellSite.start(null, Map.of(), List.of());
        browser = site.browser();
        Bundle plugin = site.felix().installEmptyBundle("org.mekonghis.test.signin", "1.0.0");
        plugin.getBundleContext().registerService(ViewContribution.class, new TestView("test/notices",
                "test.notices.title", "test.read", 10, null, context -> {
                    Div view = new Div("Notices q=" + context.parameters().get("q") + " user="
                            + context.principal().username());
                    view.setId("test-notices");
                    return view;
                }), new Hashtable<>());
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
    }

    @BeforeEach
    void signedOut() {
        site.registerAuthentication();
        site.newSession();
    }

    private boolean onLoginPage() {
        return browser.driver().getCurrentUrl().endsWith("/login");
    }

    private String fieldValue(String name) {
        return browser.waitFor(By.cssSelector("#login-form input[name='" + name + "']")).getDomProperty("value");
    }

    private void assertNoApplicationData() {
        assertThat(browser.driver().findElements(By.id("test-notices"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("shell-menu"))).isEmpty();
        assertThat(browser.bodyText()).doesNotContain("Notices", "Trang chủ");
    }

    private String sessionCookie() {
        Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    private void openUserMenuEntry(String id) {
        browser.waitFor(By.cssSelector("#" + MainLayout.USER_MENU_ID + " vaadin-menu-bar-button")).click();
        browser.waitUntil(d -> d.findElements(By.id(id)).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null)).click();
    }

    @Test
    void anyRoute_withoutSignIn_showsTheLoginPageInVietnameseAndNoData() throws Exception {
        browser.open(site.url("test/notices"));

        browser.waitFor(By.id(LoginView.FORM_ID));
        assertThat(onLoginPage()).isTrue();
        assertNoApplicationData();
        String text = browser.deepText();
        assertThat(text).contains("Mekong HIS", "Đăng nhập", "Tên đăng nhập", "Mật khẩu", "Tiếng Việt");
        assertThat(browser.driver().getTitle()).isEqualTo("Đăng nhập · Mekong HIS");
        browser.screenshot(SCREENSHOTS.resolve("login-vi.png"));
    }

    @Test
    void wrongPassword_showsTheErrorKeepsTheUserNameClearsThePasswordAndShowsNoData() {
        browser.open(site.url("test/notices"));

        site.submitLogin("nurse", "not-the-password");

        browser.waitUntil(d -> browser.deepText().contains(BAD_CREDENTIALS));
        assertThat(onLoginPage()).isTrue();
        assertThat(fieldValue("username")).isEqualTo("nurse");
        browser.waitUntil(d -> fieldValue("password").isEmpty());
        assertNoApplicationData();
        assertThat(browser.deepText()).doesNotContain("SEC-0001", "Exception", "bad credentials");
    }

    @Test
    void injectionLookingInput_getsOnlyTheNormalError() {
        browser.open(site.url(""));

        site.submitLogin("' OR '1'='1", "<script>alert(1)</script>");
        browser.waitUntil(d -> browser.deepText().contains(BAD_CREDENTIALS));
        site.submitLogin("<script>alert(1)</script>", "' OR '1'='1' --");
        browser.waitForVaadin();

        assertThat(onLoginPage()).isTrue();
        assertThat(browser.deepText()).contains(BAD_CREDENTIALS).doesNotContain("Exception", "SEC-");
        assertThat(browser.driver().findElements(By.tagName("script")).stream()
                .map(script -> script.getDomProperty("textContent"))).noneMatch(code -> code.contains("alert(1)"));
        assertThat(site.authentication().calls()).extracting(Call::username)
                .contains("' OR '1'='1", "<script>alert(1)</script>");
        assertNoApplicationData();
    }

    @Test
    void lockedAndInactiveAccounts_sayWhyInVietnamTime() throws Exception {
        browser.open(site.url(""));

        site.submitLogin(FakeAuthenticationService.LOCKED_USER, PASSWORD);
        browser.waitUntil(d -> browser.deepText().contains("Vui lòng thử lại sau 05/03/2025 14:30."));
        browser.screenshot(SCREENSHOTS.resolve("login-locked.png"));

        site.submitLogin(FakeAuthenticationService.INACTIVE_USER, PASSWORD);
        browser.waitUntil(d -> browser.deepText().contains("Tài khoản đã ngừng hoạt động."));
        assertThat(onLoginPage()).isTrue();
    }

    @Test
    void rightPassword_landsOnTheRequestedPageWithANewSessionId() {
        browser.open(site.url("test/notices?q=abc"));
        browser.waitFor(By.id(LoginView.FORM_ID));
        String before = sessionCookie();
        int calls = site.authentication().calls().size();

        site.submitLogin("nurse", PASSWORD);

        assertThat(browser.waitFor(By.id("test-notices")).getText()).isEqualTo("Notices q=abc user=nurse");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/test/notices?q=abc");
        assertThat(sessionCookie()).isNotNull().isNotEqualTo(before);
        Call login = site.authentication().calls().get(calls);
        assertThat(login.method()).isEqualTo("login");
        assertThat(login.client().remoteAddress()).isEqualTo("127.0.0.1");
        assertThat(login.client().userAgent()).contains("Chrome");
        // Jetty's cookie carries the session id and the node name after a dot
        String sessionId = before.substring(0, before.lastIndexOf('.'));
        assertThat(login.client().sessionId()).isEqualTo(RequestClient.sessionReference(sessionId))
                .doesNotContain(sessionId).hasSize(16);
        assertThat(browser.bodyText()).contains("Trần Thị Bình");

        // signed in, the login page has nothing to offer
        browser.open(site.url("login"));
        browser.waitFor(By.id("shell-home"));
    }

    @Test
    void logout_returnsToLoginAndThePreviousPageIsNotReachable() {
        site.signIn("test/notices", "admin", PASSWORD);
        browser.waitFor(By.id("test-notices"));

        openUserMenuEntry(MainLayout.LOGOUT_ID);

        browser.waitUntil(d -> onLoginPage());
        browser.waitFor(By.id(LoginView.FORM_ID));
        assertThat(site.authentication().calls()).last().satisfies(call -> {
            assertThat(call.method()).isEqualTo("logout");
            assertThat(call.username()).isEqualTo("admin");
        });

        browser.driver().navigate().back();
        browser.waitUntil(d -> onLoginPage());
        browser.waitFor(By.id(LoginView.FORM_ID));
        assertNoApplicationData();

        browser.open(site.url("test/notices"));
        browser.waitFor(By.id(LoginView.FORM_ID));
        assertNoApplicationData();
    }

    @Test
    void mustChangePassword_holdsTheUserOnThePasswordPageUntilChanged() throws Exception {
        site.authentication().resetNewcomer();
        site.signIn("test/notices", "newcomer", PASSWORD);

        browser.waitFor(By.id("password-submit"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/password");
        assertThat(browser.bodyText()).contains("Vui lòng đổi mật khẩu trước khi tiếp tục làm việc.");
        assertThat(browser.driver().findElements(By.id("password-back"))).isEmpty();

        browser.open(site.url("test/notices"));
        browser.waitFor(By.id("password-submit"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/password");
        assertNoApplicationData();

        changePassword("wrong-current", "Song-Cuu-Long-9", "Song-Cuu-Long-9");
        browser.waitUntil(d -> errorText().equals("Mật khẩu hiện tại không đúng."));

        changePassword(PASSWORD, "short1", "short1");
        browser.waitUntil(d -> errorText().equals("Mật khẩu mới phải có ít nhất 10 ký tự."));

        changePassword(PASSWORD, "Song-Cuu-Long-9", "Song-Cuu-Long-8");
        browser.waitUntil(d -> errorText().equals("Hai lần nhập mật khẩu mới không khớp nhau."));
        browser.screenshot(SCREENSHOTS.resolve("password-change.png"));

        changePassword(PASSWORD, "Song-Cuu-Long-9", "Song-Cuu-Long-9");
        assertThat(browser.waitFor(By.id("test-notices")).getText()).isEqualTo("Notices q=null user=newcomer");
        assertThat(site.authentication().calls()).filteredOn(call -> call.method().equals("changePassword"))
                .hasSize(3);
    }

    @Test
    void changePasswordEntryOfTheUserMenu_opensThePasswordPageWithAWayBack() {
        site.signIn("", "nurse", PASSWORD);

        openUserMenuEntry(MainLayout.CHANGE_PASSWORD_ID);

        browser.waitFor(By.id("password-submit"));
        assertThat(browser.bodyText()).contains("Chọn mật khẩu mới cho tài khoản nurse.");
        browser.driver().findElement(By.id("password-back")).click();
        browser.waitFor(By.id("shell-home"));
    }

    @Test
    void withoutAuthenticationService_signInIsUnavailable() {
        site.unregisterAuthentication();
        try {
            browser.open(site.url(""));

            browser.waitFor(By.id(LoginView.UNAVAILABLE_ID));
            assertThat(browser.bodyText()).contains("Hiện không thể đăng nhập");
            site.submitLogin("admin", PASSWORD);
            browser.waitForVaadin();
            assertThat(onLoginPage()).isTrue();
            assertNoApplicationData();
        } finally {
            site.registerAuthentication();
        }
    }

    @Test
    void englishLoginPage_isTranslated() throws Exception {
        browser.open(site.url(""));
        browser.waitFor(By.id("shell-language")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().contains("English") && item.isDisplayed()).findFirst().orElse(null))
                .click();

        browser.waitUntil(d -> browser.deepText().contains("User name"));
        site.submitLogin("nurse", "wrong");
        browser.waitUntil(d -> browser.deepText().contains("Wrong user name or password."));
        browser.screenshot(SCREENSHOTS.resolve("login-en.png"));
    }

    private void changePassword(String current, String replacement, String confirmation) {
        type("password-current", current);
        type("password-new", replacement);
        type("password-confirm", confirmation);
        browser.driver().findElement(By.id("password-submit")).click();
        browser.waitForVaadin();
    }

    private void type(String id, String value) {
        WebElement input = browser.waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    private String errorText() {
        List<WebElement> error = browser.driver().findElements(By.id(PasswordView.ERROR_ID));
        return error.isEmpty() || !error.get(0).isDisplayed() ? "" : error.get(0).getText();
    }
}
