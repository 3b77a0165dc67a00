package org.mekonghis.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium, headless, driven by Debian's chromedriver: nothing is downloaded. */
final class HeadlessChromium implements AutoCloseable {

    private final WebDriver driver;

    HeadlessChromium() throws Exception {
        Path profile = Files.createTempDirectory("mekong-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a page and waits until Vaadin has rendered a main layout. */
    void open(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.tagName("vaadin-app-layout")).isEmpty());
    }

    /** Waits until the page's visible text contains {@code text}. */
    void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
