package org.plenary.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests, set up to run offline (no Selenium Manager download), with the browser
 * console captured so that tests can fail on console errors.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final Path profile;

    Browser() throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("plenary-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(100));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object asyncJs(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** The browser console since the last call (reading empties Chromium's buffer). */
    List<LogEntry> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** Fails on any SEVERE console entry since the last read: uncaught errors, console.error, failed requests. */
    void assertNoConsoleErrors() {
        List<LogEntry> severe = console().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        if (!severe.isEmpty()) {
            throw new AssertionError("console errors in the browser:\n  "
                    + String.join("\n  ", severe.stream().map(LogEntry::getMessage).toList()));
        }
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** A screenshot of the whole page at the given width: the window is made as tall as the page first. */
    Path screenshot(String name, int width) throws IOException {
        resize(width, 900);
        long height = ((Number) js("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)"))
                .longValue();
        resize(width, (int) Math.min(Math.max(height, 600), 12000));
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + "-" + width + ".png");
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        resize(1280, 900);
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
