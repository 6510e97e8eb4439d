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

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
