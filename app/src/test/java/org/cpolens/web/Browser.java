package org.cpolens.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, both given explicitly so Selenium
 * Manager never tries to download a browser or a driver. Missing binaries fail the build under
 * CI=true (.ci/run installs them) and skip the test on a developer machine.
 */
final class Browser {
    static final Path CHROMIUM = Path.of(System.getProperty("cpolens.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("cpolens.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    static void assumeInstalled() {
        boolean ok = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        String why = "headless browser tests need " + CHROMIUM + " and " + DRIVER
                + " (Debian: apt-get install chromium chromium-driver fonts-noto-cjk)";
        if (!ok && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but " + why);
        }
        Assumptions.assumeTrue(ok, why + "; skipped on this machine");
    }

    static ChromeDriver start(Path userDataDir, int width, int height) throws IOException {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        Files.createDirectories(userDataDir);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US",
                "--window-size=" + width + "," + height, "--user-data-dir=" + userDataDir.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, o);
    }

    /** Console messages at SEVERE level (errors, uncaught exceptions, failed loads). */
    static List<String> consoleErrors(ChromeDriver d) {
        return d.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
