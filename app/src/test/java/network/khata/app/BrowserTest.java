package network.khata.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

    /** Opens the portal and signs in as the customer with this phone, with the code the SMS outbox has for it. */
    protected void signInToPortal(String phone) {
        int codes = otps(phone).size();
        browser.get("http://127.0.0.1:" + port + "/portal");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone"))).sendKeys(phone.substring(3));
        browser.findElement(By.id("send-code")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code"))).sendKeys(codeSentTo(phone, codes + 1));
        browser.findElement(By.id("verify")).click();
    }

    /** Opens /owner and signs in as the owner or staff member with this phone ({@code before}: what to do on the form first). */
    protected void signInAsTeamMember(String phone, Runnable before) {
        int codes = teamCodes(phone).size();
        browser.get("http://127.0.0.1:" + port + "/owner");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone"))).sendKeys(phone.substring(3));
        before.run();
        browser.findElement(By.cssSelector("#phone-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code"))).sendKeys(teamCodeSentTo(phone, codes + 1));
        browser.findElement(By.cssSelector("#code-form button[type=submit]")).click();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
