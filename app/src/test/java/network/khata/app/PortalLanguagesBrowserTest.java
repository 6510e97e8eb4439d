package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 27, the portal in ten languages: signed in once, the customer switches through every language with the switch
 * on the page; in each, the dashboard and a business's invoices show that language's texts (a part-paid invoice, its
 * payment and status in words included) and no key, placeholder or "undefined" instead of a text, and the invoice's
 * pay link opens the pay page in that language. The choice is remembered for the next visit. Tamil and Bengali are
 * kept as pictures (docs/screenshots: portal-ta, portal-bn, pay-page-ta, pay-page-bn).
 */
@PostgresEngineApp
class PortalLanguagesBrowserTest extends BrowserTest {
    private static final List<String> LANGUAGES = List.of("en", "hi", "mr", "gu", "bn", "ta", "te", "kn", "ml", "pa");

    private JsonNode texts(String language) throws IOException {
        return json.readTree(Files.readString(Path.of("src/main/resources/static/portal/i18n/" + language + ".json")));
    }

    private void looksWhole(String language) {
        String shown = browser.findElement(By.tagName("main")).getText();
        assertThat(shown).as(language).doesNotContain("{", "undefined", "status.", "method.", "reason.", "said.", "NaN");
    }

    /** The invoice's pay link from the dashboard opens the pay page in the same language, whole; back to the dashboard. */
    private void openPayPage(String language) throws IOException {
        java.net.URI link = java.net.URI.create(browser.findElement(By.cssSelector("#recent-invoices li[data-number='INV-12'] a.pay"))
                .getDomProperty("href"));
        browser.get("http://127.0.0.1:" + port + link.getRawPath() + "?" + link.getRawQuery());   // links name the public address
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("amount-due")));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
        assertThat(browser.findElement(By.id("amount-due")).getText()).isEqualTo("₹1,000.00");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).as(language).contains(payText(language, "paidSoFar"), payText(language, "scan")).doesNotContain("%s", "{", "null");
        assertThat(browser.findElements(By.cssSelector("nav#language a"))).hasSize(LANGUAGES.size() - 1);
        if (language.equals("ta") || language.equals("bn")) {
            screenshot("pay-page-" + language);
        }
        browser.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
    }

    private static String payText(String language, String key) throws IOException {
        java.util.Properties texts = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/i18n/pay_" + language + ".properties"))) {
            texts.load(in);
        }
        return texts.getProperty(key);
    }

    @Test
    void theDashboardAndABusinessReadInEachOfTenLanguages() throws IOException {
        Owner owner = newBusiness("Sri Murugan Stores");
        assertThat(send("PUT", "/api/business/payment-settings", owner.headers(),
                "{\"upi_vpa\": \"murugan.stores@okaxis\", \"methods\": [\"upi\"]}").status()).isEqualTo(200);
        Customer customer = registerCustomer(owner, "Lakshmi", newPhone(), false);
        invoice(owner, customer, "INV-11", "2500");
        String part = invoice(owner, customer, "INV-12", "1200");
        post("/api/invoices/" + part + "/payments", owner, "{\"amount\": 200, \"method\": \"upi\"}");
        org.awaitility.Awaitility.await().until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM invoices WHERE customer_id = ?::uuid AND status = 'partially_paid'", Long.class, customer.id()) == 1);

        signInToPortal(customer.phone());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
        for (String language : LANGUAGES) {
            JsonNode texts = texts(language);
            new Select(browser.findElement(By.id("language"))).selectByValue(language);
            wait.until(driver -> language.equals(browser.findElement(By.tagName("html")).getDomAttribute("lang")));
            wait.until(ExpectedConditions.textToBe(By.id("unpaid-count"), texts.get("unpaidMany").asText().replace("{n}", "2")));
            assertThat(browser.findElement(By.cssSelector("[data-text='totalOutstanding']")).getText())
                    .isEqualTo(texts.get("totalOutstanding").asText());
            assertThat(browser.findElement(By.id("greeting")).getText()).isEqualTo(texts.get("namasteName").asText().replace("{name}", "Lakshmi"));
            assertThat(browser.findElement(By.cssSelector("#recent-invoices li[data-number='INV-12'] .meta")).getText())
                    .endsWith(texts.get("status.partially_paid").asText());
            assertThat(browser.findElement(By.cssSelector("#recent-invoices li[data-number='INV-12'] .payment")).getText())
                    .contains(texts.get("method.upi").asText(), texts.get("viaShop").asText(), "₹200.00");
            looksWhole(language);
            if (language.equals("ta") || language.equals("bn")) {
                screenshot("portal-" + language);
            }
            browser.findElement(By.id("history-pdf")).click();
            wait.until(ExpectedConditions.textToBe(By.id("history-status"),
                    texts.get("downloaded").asText().replace("{file}", "khata-history-" + language + ".pdf")));
            openPayPage(language);
        }

        browser.findElement(By.cssSelector("#businesses li.business button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("business")));
        assertThat(browser.findElement(By.id("back")).getText()).isEqualTo(texts("pa").get("back").asText());
        looksWhole("pa");

        // the customer's choice is their preference: the shop's next message comes in Punjabi
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> "pa".equals(jdbc.queryForObject(
                "SELECT preferred_language FROM notification_preferences WHERE customer_id = ?::uuid", String.class, customer.id())));
        String first = jdbc.queryForObject("SELECT id::text FROM invoices WHERE customer_id = ?::uuid AND invoice_number = 'INV-11'",
                String.class, customer.id());
        assertThat(post("/api/invoices/" + first + "/send-to-customer", owner, "{\"channels\": [\"sms\"]}").status()).isEqualTo(202);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).untilAsserted(() -> assertThat(sms.sentTo(customer.phone()))
                .anySatisfy(message -> assertThat(message.text()).contains("INV-11", "ਭੁਗਤਾਨ ਕਰੋ")));

        browser.navigate().refresh();                                        // remembered: the next visit is in Punjabi
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("pa");
        assertThat(browser.findElement(By.cssSelector("[data-text='recentInvoices']")).getText())
                .isEqualTo(texts("pa").get("recentInvoices").asText());

        // without this browser's own choice, the customer's preference picks the language
        browser.executeScript("localStorage.removeItem('khata.portal.language')");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
        wait.until(driver -> "pa".equals(browser.findElement(By.tagName("html")).getDomAttribute("lang")));
    }
}
