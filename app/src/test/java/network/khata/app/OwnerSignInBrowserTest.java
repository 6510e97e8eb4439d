package network.khata.app;

import network.khata.api.team.TeamRole;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 25: an owner opens /owner on a phone, signs in with the code the SMS brought, and sees what is owed, how
 * overdue, and who owes most, matching the invoices; a phone with two businesses picks one; staff see their work and
 * not the owner's money, which the server refuses them.
 */
@PostgresEngineApp
class OwnerSignInBrowserTest extends BrowserTest {

    @Test
    void anOwnerSignsInWithTheCodeFromTheSmsAndSeesTheMoneyOfTheBusinessTheyPick() {
        Owner shop = newBusiness("Fertilizer Shop");
        Owner bakery = newBusiness("Bakery");
        String ownerPhone = newPhone();
        addToTeam(shop, ownerPhone, TeamRole.OWNER);
        addToTeam(bakery, ownerPhone, TeamRole.OWNER);
        Customer ramesh = registerCustomer(shop, "Ramesh Kumar", newPhone(), false);
        Customer anita = registerCustomer(shop, "Anita Sharma", newPhone(), false);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        post("/api/invoices", shop, "{\"customer_id\": \"%s\", \"invoice_number\": \"INV-1\", \"amount\": 125000.50, \"issue_date\": \"%s\", \"due_date\": \"%s\"}"
                .formatted(ramesh.id(), today.minusDays(100), today.minusDays(95)));
        post("/api/invoices", shop, "{\"customer_id\": \"%s\", \"invoice_number\": \"INV-2\", \"amount\": 4000, \"issue_date\": \"%s\", \"due_date\": \"%s\"}"
                .formatted(anita.id(), today.minusDays(20), today.minusDays(10)));
        await().until(() -> get("/api/money/summary", shop).body().get("unpaid_invoices").asInt() == 2);

        signInAsTeamMember(ownerPhone, () -> screenshot("owner-sign-in"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("business-list")));
        assertThat(browser.findElements(By.cssSelector("#business-list button.business"))).extracting(WebElement::getText)
                .containsExactly("Bakery · owner", "Fertilizer Shop · owner");
        screenshot("owner-pick-business");
        browser.findElements(By.cssSelector("#business-list button.business")).get(1).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("money")));
        wait.until(ExpectedConditions.textToBe(By.id("outstanding"), "₹1,29,000.50"));
        assertThat(browser.findElement(By.id("business-name")).getText()).isEqualTo("Fertilizer Shop");
        assertThat(browser.findElement(By.cssSelector("#ageing rect[data-bucket='91+']")).getAttribute("height")).isNotEqualTo("0");
        assertThat(browser.findElement(By.cssSelector("#ageing rect[data-bucket='0-30']")).getAttribute("height")).isNotEqualTo("0");
        assertThat(browser.findElement(By.cssSelector("#ageing rect[data-bucket='31-60']")).getAttribute("height")).isEqualTo("0");
        assertThat(browser.findElements(By.cssSelector("#debtors li.debtor"))).extracting(WebElement::getText)
                .satisfiesExactly(first -> assertThat(first).contains("Ramesh Kumar", "₹1,25,000.50"),
                        second -> assertThat(second).contains("Anita Sharma", "₹4,000.00"));
        screenshot("owner-signed-in");

        browser.navigate().refresh();   // a repeat visit: the HttpOnly cookie renews the session, the same business opens
        wait.until(ExpectedConditions.textToBe(By.id("outstanding"), "₹1,29,000.50"));
        Object stored = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie;");
        assertThat(String.valueOf(stored)).doesNotContain("refresh");

        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone")));
        browser.navigate().refresh();   // signed out: the cookie is gone, sign in again
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone")));
    }

    @Test
    void staffSeeTheUnpaidInvoicesAndNotTheOwnersMoney() {
        Owner shop = newBusiness("Kirana");
        String staffPhone = newPhone();
        addToTeam(shop, newPhone(), TeamRole.OWNER);
        addToTeam(shop, staffPhone, TeamRole.STAFF);
        Customer ravi = registerCustomer(shop, "Ravi Kumar", newPhone(), false);
        invoice(shop, ravi, "K-7", "1500");
        await().until(() -> get("/api/invoices", shop).body().get("invoices").size() == 1);

        signInAsTeamMember(staffPhone, () -> { });

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff")));
        wait.until(ExpectedConditions.textMatches(By.id("unpaid-invoices"), java.util.regex.Pattern.compile("(?s).*Ravi Kumar.*₹1,500.00.*K-7.*")));
        assertThat(browser.findElement(By.id("role")).getText()).isEqualTo("staff");
        assertThat(browser.findElement(By.id("money")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
        screenshot("owner-staff");
        // the page only hides what the server refuses: the staff session itself is refused settings and analytics
        Object answers = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const headers = { Authorization: 'Bearer ' + sessionStorage.getItem('khata.owner.token'),
                  'X-Business-ID': sessionStorage.getItem('khata.owner.business'), 'Content-Type': 'application/json' };
                Promise.all([
                  fetch('/api/analytics/customer-network', { headers }),
                  fetch('/api/money/summary', { headers }),
                  fetch('/api/business/payment-settings', { method: 'PUT', headers, body: '{"upi_vpa": "x@y"}' }),
                ]).then((responses) => Promise.all(responses.map((r) => r.json().then((p) => r.status + ' ' + p.type))))
                  .then((lines) => done(lines.join('\\n')));""");
        assertThat(String.valueOf(answers).lines()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("403").endsWith("owner-only"));
    }
}
