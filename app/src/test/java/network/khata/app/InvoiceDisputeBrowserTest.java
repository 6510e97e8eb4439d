package network.khata.app;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28 in a browser: the customer says an invoice is not right, in the portal; the owner sees why on /owner and
 * corrects the amount; the customer sees the corrected invoice and what each side said. And "not me".
 */
@PostgresEngineApp
class InvoiceDisputeBrowserTest extends BrowserTest {

    @Test
    void theCustomerDisputesTheOwnerCorrectsAndBothSeeTheSameStory() {
        Owner shop = newBusiness("Fertilizer Shop");
        Customer ravi = registerCustomer(shop, "Ravi Kumar", newPhone(), false);
        String invoiceId = invoice(shop, ravi, "INV-7", "2500");

        signInToPortal(ravi.phone());
        WebElement invoice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#recent-invoices li[data-number='INV-7']")));
        invoice.findElement(By.cssSelector("button.dispute")).click();
        new Select(invoice.findElement(By.cssSelector("select[name=reason]"))).selectByValue("wrong_amount");
        invoice.findElement(By.cssSelector("textarea[name=note]")).sendKeys("We agreed 2,000 for the 10 bags");
        invoice.findElement(By.cssSelector(".dispute-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#recent-invoices li[data-number='INV-7'] .say"),
                "waiting for the shop"));
        screenshot("portal-dispute");

        org.awaitility.Awaitility.await().until(() -> get("/api/feed", shop).body().get("items").findValues("kind").stream()
                .map(com.fasterxml.jackson.databind.JsonNode::asText).toList().containsAll(List.of("disputed", "verified", "first_sign_in")));
        browser.get("http://127.0.0.1:" + port + "/owner#token=" + shop.token() + "&business=" + shop.businessId());
        WebElement dispute = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#disputes li.dispute[data-number='INV-7']")));
        assertThat(dispute.getText()).contains("Ravi Kumar", "₹2,500.00", "The amount is wrong", "We agreed 2,000 for the 10 bags");
        // issue 26 (in part): what happened, with its badge; read, the badge goes
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feed-items"), "Ravi Kumar says INV-7 is not right"));
        assertThat(browser.findElement(By.id("feed-items")).getText()).contains("Ravi Kumar verified their phone",
                "Ravi Kumar opened their khata for the first time");
        assertThat(Integer.parseInt(browser.findElement(By.id("unread")).getText())).isGreaterThanOrEqualTo(3);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('feed').scrollIntoView()");
        screenshot("owner-feed");
        browser.findElement(By.id("mark-read")).click();
        wait.until(ExpectedConditions.textToBe(By.id("unread"), ""));
        dispute.findElement(By.cssSelector("input[name=amount]")).sendKeys("2000");
        dispute.findElement(By.cssSelector("input[name=note]")).sendKeys("Agreed price");
        screenshot("owner-disputes");
        dispute.findElement(By.cssSelector("button.correct")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("remind-status"), "Ravi Kumar"));
        wait.until(driver -> driver.findElements(By.cssSelector("#disputes li.dispute")).isEmpty());

        org.awaitility.Awaitility.await().until(() -> get("/api/invoices/" + invoiceId, shop).body().at("/invoice/amount")
                .decimalValue().compareTo(new java.math.BigDecimal("2000")) == 0);
        browser.get("http://127.0.0.1:" + port + "/portal");
        WebElement corrected = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#recent-invoices li[data-number='INV-7']")));
        assertThat(corrected.findElement(By.cssSelector(".amount-small")).getText()).isEqualTo("₹2,000.00");
        corrected.findElement(By.cssSelector("button.history")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#recent-invoices li[data-number='INV-7'] .conversation li"), 2));
        assertThat(browser.findElement(By.cssSelector("#recent-invoices li[data-number='INV-7'] .conversation")).getText())
                .contains("You said it is not right: the amount is wrong", "The shop corrected it: ₹500.00 taken off", "Agreed price");
        screenshot("portal-dispute-answered");
    }

    /** The customer sees which businesses hold their number, and under what name; "not me" takes one away. */
    @Test
    void theCustomerSaysNotMeToABusinessThatKnowsTheirNumberByAnotherName() {
        Owner dairy = newBusiness("Dairy");
        Owner hardware = newBusiness("Hardware");
        String phone = newPhone();
        Customer ravi = registerCustomer(dairy, "Ravi Kumar", phone, false);
        registerCustomer(hardware, "Mohan Lal", phone, false);
        invoice(hardware, ravi, "H-7", "700");

        signInToPortal(phone);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#businesses li.business"), 2));
        WebElement other = browser.findElement(By.cssSelector("#businesses li.business .holder.differs"));
        assertThat(other.getText()).contains("Is this you?", "Mohan Lal");
        screenshot("portal-not-me");
        other.findElement(By.cssSelector("button.not-me")).click();
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#businesses li.business"), 1));
        assertThat(browser.findElement(By.id("businesses")).getText()).contains("Dairy").doesNotContain("Hardware");
        assertThat(browser.findElements(By.cssSelector("#recent-invoices li[data-number='H-7']"))).isEmpty();
    }
}
