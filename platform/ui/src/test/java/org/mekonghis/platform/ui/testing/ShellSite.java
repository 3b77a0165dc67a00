package org.mekonghis.platform.ui.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;

import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.audit.AuditTrail;
import org.mekonghis.platform.api.security.AuthenticationService;
import org.mekonghis.platform.ui.shell.ContributionRoutes;
import org.mekonghis.platform.ui.web.WebServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

/**
 * The shell as the platform runs it, for browser tests: a Felix framework, the web server with
 * the session filter the launcher installs, a security bundle offering a fake authentication
 * service, audit log and audit trail, and a headless Chromium.
 */
public final class ShellSite implements AutoCloseable {

    private final EmbeddedFramework felix;
    private final TestUiHost host;
    private final FakeAuthenticationService authentication = new FakeAuthenticationService();
    private final FakeAuditLog auditLog;
    private final FakeAuditTrail auditTrail;
    private final Bundle securityBundle;
    private ServiceRegistration<AuthenticationService> authenticationRegistration;
    private final WebServer server;
    private final Browser browser;

    private ShellSite(Duration sessionTimeout, Map<String, Servlet> servlets, List<Filter> filters) throws Exception {
        felix = EmbeddedFramework.start();
        host = new TestUiHost(felix.systemContext());
        auditLog = new FakeAuditLog(host.security());
        auditTrail = new FakeAuditTrail(host.security());
        securityBundle = felix.installEmptyBundle("org.mekonghis.test.security", "1.0.0");
        registerAuthentication();
        securityBundle.getBundleContext().registerService(AuditLog.class, auditLog, new Hashtable<>());
        securityBundle.getBundleContext().registerService(AuditTrail.class, auditTrail, new Hashtable<>());
        List<Filter> all = new ArrayList<>(filters);
        all.add(new SessionPrincipalFilter(host.security(), () -> Optional.ofNullable(authenticationRegistration)
                .map(registration -> authentication)));
        server = new WebServer("localhost", 0, host, servlets, all);
        if (sessionTimeout != null) {
            server.setSessionTimeout(sessionTimeout);
        }
        server.start();
        browser = Browser.start();
    }

    /** Starts everything with the given session timeout (null for the default), extra servlets and filters. */
    public static ShellSite start(Duration sessionTimeout, Map<String, Servlet> servlets, List<Filter> filters)
            throws Exception {
        return new ShellSite(sessionTimeout, servlets, filters);
    }

    public EmbeddedFramework felix() {
        return felix;
    }

    public TestUiHost host() {
        return host;
    }

    public WebServer server() {
        return server;
    }

    public Browser browser() {
        return browser;
    }

    public FakeAuthenticationService authentication() {
        return authentication;
    }

    public FakeAuditLog auditLog() {
        return auditLog;
    }

    public FakeAuditTrail auditTrail() {
        return auditTrail;
    }

    /** The absolute URL of {@code path} (relative to the application root). */
    public String url(String path) {
        return server.baseUrl() + path;
    }

    /** Offers the authentication service (again). */
    public synchronized void registerAuthentication() {
        if (authenticationRegistration == null) {
            authenticationRegistration = securityBundle.getBundleContext().registerService(AuthenticationService.class,
                    authentication, new Hashtable<>());
        }
    }

    /** Withdraws the authentication service, as when the security bundle stops. */
    public synchronized void unregisterAuthentication() {
        if (authenticationRegistration != null) {
            authenticationRegistration.unregister();
            authenticationRegistration = null;
        }
    }

    /** Forgets the browser's session: the next page starts signed out. */
    public void newSession() {
        browser.driver().manage().deleteAllCookies();
    }

    /** Opens {@code path} in a new session and signs in there; waits until the login page is gone. */
    public void signIn(String path, String username, String password) {
        newSession();
        browser.open(url(path));
        submitLogin(username, password);
        browser.waitUntil(d -> !d.getCurrentUrl().endsWith("/" + ContributionRoutes.LOGIN_ROUTE));
        browser.waitForVaadin();
    }

    /** Types into the login form on the page and submits it. */
    public void submitLogin(String username, String password) {
        WebElement user = browser.waitFor(By.cssSelector("#login-form input[name='username']"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = browser.driver().findElement(By.cssSelector("#login-form input[name='password']"));
        secret.clear();
        secret.sendKeys(password, Keys.ENTER);
        browser.waitForVaadin();
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            try {
                browser.close();
            } finally {
                felix.close();
            }
        }
    }
}
