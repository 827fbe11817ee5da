package dev.citegraph.queries.serve;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Debian's chromium driven through its chromedriver, both named by path so Selenium downloads nothing. Without them
 * the browser tests skip with one notice, except on CI (the CI variable set), where they fail: CI installs both.
 */
final class Chromium {
    static final Path BROWSER = Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
    static final Path DRIVER = Path.of(Optional.ofNullable(System.getenv("CHROMEDRIVER"))
            .orElse("/usr/bin/chromedriver"));

    private Chromium() {
    }

    /**
     * Skips a browser test class before its extensions start anything (the served graph takes a minute under load)
     * when there is no browser and CI is not set; on CI the class runs and {@link #start()} fails.
     */
    static final class Required implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (present() || System.getenv("CI") != null) return ConditionEvaluationResult.enabled("browser present");
            System.err.println("NOTICE: skipping the browser tests: " + missing());
            return ConditionEvaluationResult.disabled(missing());
        }
    }

    private static boolean present() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    private static String missing() {
        return "no browser for the console tests: " + BROWSER + " and " + DRIVER + " are needed "
                + "(apt-get install chromium chromium-driver, or set CHROMIUM and CHROMEDRIVER)";
    }

    static ChromeDriver start() {
        if (!present()) throw new IllegalStateException(missing() + "; CI must have them");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--force-device-scale-factor=1");
        return new ChromeDriver(service, options);
    }
}
