package network.khata.app;

import network.khata.api.businesses.BusinessCategory;
import network.khata.api.businesses.RegisterBusiness;
import network.khata.api.businesses.SetBusinessCategory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 26 on /owner in headless Chromium: what happened (a payment and a verification, with the unread badge that
 * mark-as-read clears), how the shop compares with nine other hardware shops (its collection rate beside the middle
 * half and median), one tap that reminds both overdue customers, and a customer file with a bad row imported from the
 * file picker.
 */
@PostgresEngineApp
class OwnerFeedBenchmarkBulkBrowserTest extends BrowserTest {
    /** A hardware shop, with one customer billed twice who paid {@code paid} of the two. */
    private Owner hardwareShop(String name, String zone, int paid) {
        UUID businessId = UUID.randomUUID();
        commandGateway.sendAndWait(new RegisterBusiness(businessId, name, zone));
        commandGateway.sendAndWait(new SetBusinessCategory(businessId, BusinessCategory.HARDWARE));
        UUID ownerId = UUID.randomUUID();
        Owner shop = new Owner(businessId, ownerId, tokens.mint(ownerId, businessId, Instant.now(), Duration.ofHours(1)));
        Customer customer = registerCustomer(shop, "Customer of " + name, newPhone(), false);
        for (int i = 0; i < 2; i++) {
            String invoice = invoice(shop, customer, name.replace(' ', '-') + "-" + i, "1000");
            if (i < paid) {
                assertThat(post("/api/invoices/" + invoice + "/payments", shop, "{\"amount\": 1000, \"method\": \"upi\"}").status()).isEqualTo(201);
            }
        }
        return shop;
    }

    /** A zone where it is early afternoon now, so the bulk reminder never waits for the quiet hours whenever CI runs. */
    private static String afternoonZone() {
        int offset = 14 - Instant.now().atOffset(ZoneOffset.UTC).getHour();
        return ZoneOffset.ofHours(Math.max(-12, Math.min(14, offset))).getId();
    }

    @Test
    void theOwnerSeesWhatHappenedHowTheShopComparesAndWorksInBulk() throws Exception {
        for (int n = 1; n <= 9; n++) {
            hardwareShop("Hardware " + n, null, n % 3);
        }
        Owner shop = hardwareShop("Sharma Hardware", afternoonZone(), 1);
        LocalDate today = LocalDate.now(java.time.ZoneId.of(afternoonZone()));
        Customer ramesh = registerCustomer(shop, "Ramesh Kumar", newPhone(), false);
        Customer anita = registerCustomer(shop, "Anita Sharma", newPhone(), false);
        for (Customer customer : new Customer[]{ramesh, anita}) {
            assertThat(post("/api/invoices", shop, """
                    {"customer_id": "%s", "invoice_number": "OD-%s", "amount": 2500, "issue_date": "%s", "due_date": "%s"}"""
                    .formatted(customer.id(), customer.phone().substring(3), today.minusDays(40), today.minusDays(10))).status()).isEqualTo(201);
        }
        signedIn(ramesh.phone());                                           // verified, and opened the portal
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/feed", shop).body().get("unread_count").asInt() >= 3
                && !get("/api/analytics/benchmark", shop).body().at("/metrics/3/median").isNull());

        browser.get("http://127.0.0.1:" + port + "/owner#token=" + shop.token() + "&business=" + shop.businessId());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("benchmark")));
        assertThat(browser.findElements(By.cssSelector("#feed-items li.feed-item.unread"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("paid ₹1,000.00"))
                .anySatisfy(text -> assertThat(text).contains("Ramesh Kumar verified their phone"));
        assertThat(Integer.parseInt(browser.findElement(By.id("unread")).getText())).isGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.id("benchmark-note")).getText()).contains("10 hardware businesses", "under 100 customers");
        WebElement collection = browser.findElement(By.cssSelector("#benchmark-metrics li[data-metric='collection_rate']"));
        assertThat(collection.getText()).contains("Invoices paid", "You: 25%", "median 50%");
        assertThat(collection.findElements(By.cssSelector("svg rect.middle-half"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#benchmark-metrics li[data-metric='days_to_pay']")).getText())
                .contains("Shown once 10 businesses like yours have it");
        browser.executeScript("document.getElementById('feed').scrollIntoView()");
        screenshot("owner-feed");
        browser.executeScript("document.getElementById('benchmark').scrollIntoView()");
        screenshot("owner-benchmark");

        browser.findElement(By.id("mark-read")).click();
        wait.until(ExpectedConditions.textToBe(By.id("unread"), ""));

        browser.findElement(By.id("remind-overdue")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-status"), "Reminded 2 customers."));
        await().atMost(Duration.ofSeconds(20)).until(() -> !sms.sentTo(anita.phone()).isEmpty());

        Path file = Files.createTempFile("customers", ".csv");
        Files.writeString(file, "name,phone,email\nSunita Devi,9811100001,\nRavi Traders,9811100002,ravi@example.com\nNo Number,,\n",
                StandardCharsets.UTF_8);
        browser.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-status"), "Imported: 2 new customers, 0 already in your khata."));
        assertThat(browser.findElement(By.id("import-refused")).getText()).contains("Row 4 · phone: required");
        assertThat(browser.findElement(By.id("job-status")).getText()).endsWith("1 row could not be imported:");
        browser.executeScript("document.getElementById('bulk').scrollIntoView()");
        screenshot("owner-bulk");
        Files.delete(file);
    }
}
