package network.khata.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** A test that drives the service's web pages in a headless {@link Chromium}; a failed wait says what the page showed. */
abstract class BrowserTest extends PortalApiTest {
    protected ChromeDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
        // a list the page redraws while a condition reads it is read again, not a failure
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        wait.withMessage(() -> "the page shows: " + browser.findElement(By.tagName("main")).getText());
    }

    /** The page as a person sees it on a phone, kept in target/screenshots/ for a look (docs/screenshots has some). */
    protected void screenshot(String name) {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            byte[] png = browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(folder.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
