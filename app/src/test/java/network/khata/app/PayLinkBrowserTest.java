package network.khata.app;

import network.khata.notifications.sms.SmsMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer opens the pay link from the text of the invoice SMS in a real browser: the page shows the amount due
 * after a partial payment, and its QR code (read with ZXing) is exactly the UPI link on the page, for that amount.
 */
@PostgresEngineApp
class PayLinkBrowserTest extends BrowserTest {

    @Test
    void theLinkInTheSmsOpensAPageWhoseQrCodeIsItsUpiLinkForTheAmountDue() {
        Owner owner = newBusiness("Fertilizer Shop");
        assertThat(send("PUT", "/api/business/payment-settings", owner.headers(), """
                {"upi_vpa": "fertilizer.shop@okaxis", "payee_name": "Fertilizer Shop", "methods": ["upi"]}""").status())
                .isEqualTo(200);
        Customer customer = registerCustomer(owner, "Ramesh Kumar", newPhone(), false);
        String invoiceId = invoice(owner, customer, "INV-501", "2500");
        assertThat(post("/api/invoices/" + invoiceId + "/payments", owner, "{\"amount\": 1000, \"method\": \"cash\"}").status())
                .isEqualTo(201);
        assertThat(post("/api/invoices/" + invoiceId + "/send-to-customer", owner,
                "{\"customer_id\": \"" + customer.id() + "\", \"channels\": [\"sms\"], \"message_template\": \"reminder\"}").status())
                .isEqualTo(202);
        String text = await().atMost(Duration.ofSeconds(20)).until(() -> sms.sentTo(customer.phone()).stream()
                .map(SmsMessage::text).filter(message -> message.contains("/p/")).findFirst().orElse(null), found -> found != null);
        String path = PayPagesClient.payPath(text);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM businesses WHERE id = ? AND upi_vpa IS NOT NULL", Long.class, owner.businessId()) == 1);

        browser.get("http://127.0.0.1:" + port + path + "?lang=en");

        WebElement due = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("amount-due")));
        assertThat(due.getText()).isEqualTo("₹1,500.00");
        assertThat(browser.findElement(By.id("invoice-number")).getText()).isEqualTo("INV-501");
        String upi = browser.findElement(By.id("upi-link")).getDomAttribute("href");
        assertThat(upi).startsWith("upi://pay?pa=fertilizer.shop@okaxis&pn=Fertilizer%20Shop&am=1500.00&cu=INR&");
        String qr = browser.findElement(By.id("upi-qr")).getDomProperty("src");
        assertThat(PayPagesClient.decodeQr(new PayPagesClient(port).bytes(java.net.URI.create(qr).getPath(), newAddress())))
                .isEqualTo(upi);
        assertThat(browser.getPageSource()).doesNotContain(customer.phone(), "Ramesh");

        browser.get("http://127.0.0.1:" + port + path + "?lang=hi");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("dl"))).getText()).contains("बकाया राशि");
        screenshot("pay-page-hi");
    }
}
