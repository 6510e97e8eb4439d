package network.khata.app;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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

    /**
     * Issue 25 (in part): the money comes first — owed, collected this month, overdue by age, who owes most with a
     * one-tap reminder, the latest payments — in rupees the Indian way, dd-mm-yyyy, in English or Hindi.
     */
    @Test
    void theMoneyComesFirstInRupeesTheIndianWayAndAReminderIsOneTapAway() {
        Owner shop = newBusiness("Fertilizer Shop");
        Customer ramesh = registerCustomer(shop, "Ramesh Kumar", newPhone(), false);
        Customer anita = registerCustomer(shop, "Anita Sharma", newPhone(), false);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"));
        String big = post("/api/invoices", shop, "{\"customer_id\": \"%s\", \"invoice_number\": \"INV-101\", \"amount\": 125000.50, \"issue_date\": \"%s\", \"due_date\": \"%s\"}"
                .formatted(ramesh.id(), today.minusDays(70), today.minusDays(40))).body().get("invoice_id").asText();
        post("/api/invoices", shop, "{\"customer_id\": \"%s\", \"invoice_number\": \"INV-102\", \"amount\": 4000, \"issue_date\": \"%s\", \"due_date\": \"%s\"}"
                .formatted(anita.id(), today.minusDays(3), today.plusDays(10)));
        assertThat(post("/api/invoices/" + big + "/payments", shop, "{\"amount\": 25000, \"paid_on\": \"%s\", \"method\": \"upi\"}"
                .formatted(today)).status()).isEqualTo(201);
        await().until(() -> get("/api/money/summary", shop).body().get("payments").asInt() == 1
                && get("/api/money/summary", shop).body().get("unpaid_invoices").asInt() == 2);

        browser.get("http://127.0.0.1:" + port + "/owner#token=" + shop.token() + "&business=" + shop.businessId());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("money")));
        assertThat(browser.findElement(By.id("outstanding")).getText()).isEqualTo("₹1,04,000.50");
        assertThat(browser.findElement(By.id("collected")).getText()).isEqualTo("₹25,000.00");
        assertThat(browser.findElement(By.id("payments-count")).getText()).endsWith(
                today.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        assertThat(browser.findElement(By.cssSelector("#ageing rect[data-bucket='31-60']")).getAttribute("height")).isNotEqualTo("0");
        assertThat(browser.findElement(By.cssSelector("#ageing rect[data-bucket='0-30']")).getAttribute("height")).isEqualTo("0");
        assertThat(browser.findElements(By.cssSelector("#debtors li.debtor"))).extracting(WebElement::getText)
                .satisfiesExactly(first -> assertThat(first).contains("Ramesh Kumar", "₹1,00,000.50"),
                        second -> assertThat(second).contains("Anita Sharma", "₹4,000.00"));
        assertThat(browser.findElement(By.id("recent")).getText()).contains("Ramesh Kumar", "₹25,000.00", "INV-101", "upi");
        assertThat(browser.findElement(By.id("details")).getText()).contains("not measured").doesNotContain("null");
        screenshot("owner-money-en");

        browser.findElement(By.cssSelector("#debtors li.debtor button.remind")).click();
        wait.until(ExpectedConditions.textMatches(By.id("remind-status"), java.util.regex.Pattern.compile("Ramesh Kumar \\(INV-101, sms")));

        browser.findElement(By.id("language")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#money h2"), "पैसा"));
        assertThat(browser.findElement(By.id("outstanding")).getText()).isEqualTo("₹1,04,000.50");
        screenshot("owner-money-hi");
    }
}
