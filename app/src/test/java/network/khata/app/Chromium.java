package network.khata.app;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real headless Chromium from the machine's packages (Debian: {@code chromium}, {@code chromium-driver}; paths
 * {@code KHATA_CHROMIUM} and {@code KHATA_CHROMEDRIVER}). Without them the browser tests are skipped, unless
 * {@code KHATA_REQUIRE_BROWSER} is set (as {@code .ci/run} does), when they fail.
 */
final class Chromium {
    private static final String BINARY = System.getenv().getOrDefault("KHATA_CHROMIUM", "/usr/bin/chromium");
    private static final String DRIVER = System.getenv().getOrDefault("KHATA_CHROMEDRIVER", "/usr/bin/chromedriver");

    private Chromium() {
    }

    static ChromeDriver start() {
        boolean installed = Files.isExecutable(Path.of(BINARY)) && Files.isExecutable(Path.of(DRIVER));
        if (!installed && System.getenv("KHATA_REQUIRE_BROWSER") == null) {
            Assumptions.abort("no Chromium at " + BINARY + " and " + DRIVER + " (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=412,915"); // a phone's viewport: the portal is mobile-first
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        return new ChromeDriver(service, options);
    }
}
