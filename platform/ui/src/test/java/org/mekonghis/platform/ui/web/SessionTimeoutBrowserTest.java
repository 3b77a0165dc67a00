package org.mekonghis.platform.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mekonghis.platform.ui.security.LoginView;
import org.mekonghis.platform.ui.testing.FakeAuthenticationService;
import org.mekonghis.platform.ui.testing.ShellSite;
import org.openqa.selenium.By;

/** An idle session ends after its timeout although the page stays open (push, heartbeats). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionTimeoutBrowserTest {

    private ShellSite site;

    @BeforeAll
    void start() throws Exception {
        site = ShellSite.start(Duration.ofSeconds(3), Map.of(), List.of());
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
    }

    @Test
    void idleSession_endsOnTheLoginPageByItself() {
        site.signIn("", "nurse", FakeAuthenticationService.PASSWORD);
        site.browser().waitFor(By.id("shell-home"));
        long signedIn = System.nanoTime();

        // nothing done: the open page notices the end of its session and reloads into the login page
        site.browser().waitUntil(d -> d.getCurrentUrl().endsWith("/login")
                && !d.findElements(By.id(LoginView.FORM_ID)).isEmpty());

        assertThat(Duration.ofNanos(System.nanoTime() - signedIn)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(site.browser().driver().findElements(By.id("shell-home"))).isEmpty();
        site.browser().open(site.url(""));
        site.browser().waitFor(By.id(LoginView.FORM_ID));
    }
}
