package network.khata.app;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer web portal in headless Chromium: sign in with the code from the SMS, dashboard, a business's invoices. */
@PostgresEngineApp
class PortalBrowserTest extends BrowserTest {
    @Test
    void aCustomerSignsInWithTheSmsCodeAndSeesTheInvoiceAndItsBusiness() {
        Owner owner = newBusiness("Fertilizer Shop");
        Customer customer = registerCustomer(owner, "Ramesh Kumar", newPhone(), false);
        invoice(owner, customer, "INV-001", "2500");
        String paid = invoice(owner, customer, "INV-002", "400");
        post("/api/invoices/" + paid + "/payments", owner, "{\"amount\": 400}");
        org.awaitility.Awaitility.await().until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM invoices WHERE customer_id = ?::uuid AND status = 'paid'", Long.class, customer.id()) == 1);

        signInToPortal(customer.phone());

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
        assertThat(browser.findElement(By.id("greeting")).getText()).contains("Ramesh Kumar");
        assertThat(browser.findElement(By.id("total-outstanding")).getText()).contains("2,500.00");
        assertThat(browser.findElement(By.id("unpaid-count")).getText()).contains("1 unpaid invoice");
        WebElement unpaid = browser.findElement(By.cssSelector("#recent-invoices li[data-number='INV-001']"));
        assertThat(unpaid.findElement(By.cssSelector("a.pay")).getAttribute("href")).contains("/pay/i/");
        assertThat(unpaid.findElements(By.cssSelector("button.pdf"))).hasSize(1);
        WebElement settled = browser.findElement(By.cssSelector("#recent-invoices li[data-number='INV-002']"));
        assertThat(settled.findElement(By.cssSelector(".payment")).getText())
                .contains("Paid", "400.00", "noted by the shop").doesNotContain("other").matches("(?s).*\\d{2}-\\d{2}-\\d{4}.*");

        // issue 28 (in part): the customer's history, downloaded in the page's language (issue 27)
        browser.findElement(By.id("history-csv")).click();
        wait.until(ExpectedConditions.textToBe(By.id("history-status"), "Downloaded khata-history-en.csv"));
        screenshot("portal-dashboard");

        browser.findElement(By.cssSelector("#businesses li.business button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("business")));
        assertThat(browser.findElement(By.id("business-name")).getText()).isEqualTo("Fertilizer Shop");
        wait.until(driver -> invoiceNumbers().size() == 2);
        new Select(browser.findElement(By.id("status-filter"))).selectByValue("unpaid");
        wait.until(driver -> invoiceNumbers().equals(List.of("INV-001")));

        browser.navigate().refresh();  // a repeat visit: the remembered session opens the dashboard
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));

        // issue 22: no script can read the refresh token: it is in an HttpOnly cookie, not in the page's storage
        Object stored = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie;");
        assertThat(String.valueOf(stored)).doesNotContain("refresh").doesNotContain("khata_refresh");
        browser.findElement(By.id("sign-out")).click();   // closes the sign-in and clears the cookie
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone")));
        browser.navigate().refresh();  // neither cookie nor token: sign in again
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone")));
    }

    private List<String> invoiceNumbers() {
        return browser.findElements(By.cssSelector("#business-invoices li.invoice")).stream()
                .map(item -> item.getDomAttribute("data-number")).toList();
    }
}
