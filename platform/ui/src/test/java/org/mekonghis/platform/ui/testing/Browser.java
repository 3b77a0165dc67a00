package org.mekonghis.platform.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests, driven through Debian's chromedriver: the driver
 * path is set explicitly so Selenium Manager never downloads anything. Override the binaries
 * with the system properties {@code mekong.test.chromium} and {@code mekong.test.chromedriver}.
 */
public final class Browser implements AutoCloseable {

    /** Default time waits give the page. */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static final String READY_SCRIPT = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return false; }
            const clients = Object.values(flow.clients);
            if (clients.length === 0) { return false; }
            return clients.every(client => !client.isActive || !client.isActive());
            """;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a fresh headless browser with an empty profile, 1400x900. */
    public static Browser start() throws IOException {
        String chromedriver = System.getProperty("mekong.test.chromedriver", "/usr/bin/chromedriver");
        String chromium = System.getProperty("mekong.test.chromium", "/usr/bin/chromium");
        System.setProperty("webdriver.chrome.driver", chromedriver);
        Path profile = Files.createTempDirectory("mekong-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900", "--lang=en-US", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens {@code url} and waits until Vaadin has finished its requests. */
    public void open(String url) {
        driver.get(url);
        waitForVaadin();
    }

    /** Waits until every Vaadin client on the page is idle. */
    public void waitForVaadin() {
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(READY_SCRIPT)));
    }

    /** Waits up to {@link #TIMEOUT} for {@code condition} to give a non-null, non-false value. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100)).until(condition);
    }

    /** Waits until an element matching {@code selector} exists, and returns it. */
    public WebElement waitFor(By selector) {
        return waitUntil(d -> d.findElements(selector).stream().findFirst().orElse(null));
    }

    /** Waits until the page's text contains {@code text}. */
    public void waitForText(String text) {
        waitUntil(d -> bodyText().contains(text));
    }

    /** The text content of the page's body, including text slotted into web components. */
    public String bodyText() {
        Object text = driver.executeScript("return document.body ? document.body.textContent : ''");
        return text == null ? "" : text.toString();
    }

    /**
     * The text of the page including what web components render in their shadow roots (the login
     * form's error message, for one).
     */
    public String deepText() {
        Object text = driver.executeScript("""
                const walk = node => {
                    let text = node.shadowRoot ? walk(node.shadowRoot) : '';
                    for (const child of node.childNodes) {
                        text += child.nodeType === Node.TEXT_NODE ? child.textContent + ' ' : walk(child);
                    }
                    return text;
                };
                return document.body ? walk(document.body) : '';""");
        return text == null ? "" : text.toString();
    }

    /** Runs JavaScript in the page. */
    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Saves a PNG screenshot of the viewport. */
    public Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** The browser console messages collected since the last call. */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
