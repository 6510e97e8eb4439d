package network.khata.app;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The owner's network dashboard in headless Chromium: the network card, the 30-day chart, both exports. */
@PostgresEngineApp
class OwnerDashboardBrowserTest extends BrowserTest {
    @Test
    void theNetworkCardTrendAndExportsShowTheBusinessesNetwork() {
        Owner shop = newBusiness("Fertilizer Shop");
        Customer ramesh = registerCustomer(shop, "Ramesh", newPhone(), false);
        registerCustomer(shop, "Suresh", newPhone(), false);
        registerCustomer(shop, "Anita", newPhone(), false);
        registerCustomer(shop, "Vijay", newPhone(), false);
        signedIn(ramesh.phone());
        assertThat(send("PUT", "/api/business/reminder-policy", shop.headers(), "{\"enabled\": true}").status()).isEqualTo(200);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"));
        post("/api/invoices", shop, "{\"customer_id\": \"%s\", \"invoice_number\": \"INV-D\", \"amount\": 900, \"issue_date\": \"%s\", \"due_date\": \"%s\"}"
                .formatted(ramesh.id(), today, today.plusDays(5)));
        await().until(() -> get("/api/reminders/upcoming?days=7", shop).body().get("reminders").size() > 0);
        await().until(() -> get("/api/analytics/customer-network", shop).body().get("summary").get("verified_customers").asInt() == 1);

        browser.get("http://127.0.0.1:" + port + "/owner#token=" + shop.token() + "&business=" + shop.businessId());

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("network")));
        assertThat(browser.findElement(By.id("total-customers")).getText()).isEqualTo("4");
        assertThat(browser.findElement(By.id("verified-customers")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("verified-percent")).getText()).isEqualTo("25%");
        assertThat(browser.findElement(By.id("active-percent")).getText()).isEqualTo("25%");
        assertThat(browser.findElements(By.cssSelector("#trend svg rect.bar"))).hasSize(30);
        assertThat(browser.getCurrentUrl()).doesNotContain("token=");
        assertThat(browser.findElements(By.cssSelector("#reminders li.reminder")))
                .isNotEmpty().allSatisfy(reminder -> assertThat(reminder.getText()).contains("INV-D", "Ramesh"));

        browser.findElement(By.id("export-csv")).click();
        wait.until(ExpectedConditions.textMatches(By.id("export-status"), java.util.regex.Pattern.compile("Downloaded .*\\.csv")));
        browser.findElement(By.id("export-pdf")).click();
        wait.until(ExpectedConditions.textMatches(By.id("export-status"), java.util.regex.Pattern.compile("Downloaded .*\\.pdf")));
    }
}
