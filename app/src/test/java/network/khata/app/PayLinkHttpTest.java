package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.api.identity.NetworkIds;
import network.khata.app.PayPagesClient.Page;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Pay links are capabilities: a customer who knows the business's id and the next invoice number still cannot reach it. */
@PostgresEngineApp
class PayLinkHttpTest extends PortalApiTest {

    @Test
    void aCustomerWhoDerivesAnotherInvoicesIdFindsNoWayToItsPage() {
        Owner owner = newBusiness("Fertilizer Shop");
        settings(owner);
        String phone = newPhone();
        Customer customer = registerCustomer(owner, "Ramesh Kumar", phone, false);
        String mine = invoice(owner, customer, "INV-1", "700");
        Customer neighbour = registerCustomer(owner, "Suresh Patel", newPhone(), false);
        String theirs = invoice(owner, neighbour, "INV-2", "98765.43");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM invoices WHERE business_id = ?", Long.class, owner.businessId()) == 2);

        // what the customer learns: the business's id from the portal, and their own invoice's pay link
        String token = signedIn(phone).get("token").asText();
        JsonNode businesses = asCustomer("GET", "/api/customer-portal/dashboard", token, null).body();
        UUID businessId = UUID.fromString(businesses.findValue("business_id").asText());
        String myLink = asCustomer("GET", "/api/customer-portal/invoices", token, null).body().findValue("payment_link").asText();
        String myToken = myLink.substring(myLink.lastIndexOf('/') + 1);
        UUID derived = NetworkIds.invoiceId(businessId, "INV-2");
        assertThat(derived.toString()).isEqualTo(theirs);

        PayPagesClient pages = new PayPagesClient(port);
        String address = newAddress();
        Page own = pages.get("/pay/i/" + myToken + "?lang=en", address);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("INV-1", "₹700.00").doesNotContain("INV-2", "98,765.43", phone, "Ramesh");

        for (String attempt : List.of(
                "/pay/" + derived, "/pay/i/" + derived, "/pay/business/" + businessId, "/pay/b/" + businessId,
                "/pay/i/" + encode(derived, new byte[16]), "/pay/i/" + withIdOf(myToken, derived),
                "/pay/b/" + myToken, "/pay/i/" + tamper(myToken),
                "/pay/i/" + withIdOf(myToken, derived) + "/qr.png", "/pay/i/%2e%2e", "/pay/i/" + "A".repeat(500))) {
            Page page = pages.get(attempt + "?lang=en", address);
            assertThat(page.status()).as(attempt).isIn(400, 404);
            if (page.body() != null) {
                assertThat(page.body()).as(attempt).doesNotContain("INV-2", "98,765.43", "Suresh");
            }
        }
        assertThat(pages.get("/pay/i/" + derived + "?lang=en", address).body()).contains("This payment link is not valid");
    }

    /**
     * Issue 21: the link in an SMS is short enough for DLT's {#url#} (about 50 characters with a public URL of 25) and
     * opens its invoice; a code that was never sent, a tampered one, or a row planted for another invoice open nothing.
     */
    @Test
    void theShortLinkOfAnSmsOpensItsInvoiceAndNoOtherCodeOpensAnything() {
        Owner owner = newBusiness("Fertilizer Shop");
        settings(owner);
        Customer customer = registerCustomer(owner, "Ramesh Kumar", newPhone(), false);
        String mine = invoice(owner, customer, "INV-S1", "700");
        String theirs = invoice(owner, registerCustomer(owner, "Suresh Patel", newPhone(), false), "INV-S2", "98765.43");
        assertThat(post("/api/invoices/" + mine + "/send-to-customer", owner,
                "{\"customer_id\": \"" + customer.id() + "\", \"channels\": [\"sms\"]}").status()).isEqualTo(202);
        String text = await().atMost(Duration.ofSeconds(20)).until(() -> sms.sentTo(customer.phone()).stream()
                .map(network.khata.notifications.sms.SmsMessage::text).filter(t -> t.contains("INV-S1")).findFirst().orElse(null),
                found -> found != null);
        String link = text.substring(text.indexOf("http")).split("\\s")[0];
        String publicUrl = link.substring(0, link.indexOf("/p/"));
        assertThat(link).matches("https?://[^/]+/p/[A-Za-z0-9_-]{16}");
        assertThat(link.length() - publicUrl.length()).as("the link beyond the public URL").isLessThanOrEqualTo(50 - 25);
        String code = link.substring(link.lastIndexOf('/') + 1);

        PayPagesClient pages = new PayPagesClient(port);
        String address = newAddress();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(pages.get("/p/" + code + "?lang=en", address).body()).contains("INV-S1", "₹700.00"));
        assertThat(pages.get("/p/" + code + "/qr.png", address).status()).isEqualTo(200);

        String neverSent = paymentLinks.shortForInvoice(UUID.fromString(theirs)).code();
        String planted = "AAAAAAAAAAAAAAAA";
        jdbc.update("INSERT INTO pay_link_codes (code, kind, subject) VALUES (?, 'INVOICE', ?::uuid)", planted, theirs);
        String tampered = (code.charAt(0) == 'A' ? 'B' : 'A') + code.substring(1);
        for (String attempt : List.of("/p/" + neverSent, "/p/" + planted, "/p/" + planted + "/qr.png", "/p/" + tampered,
                "/p/" + code.substring(1), "/p/" + code + "A", "/p/" + theirs)) {
            Page page = pages.get(attempt + "?lang=en", address);
            assertThat(page.status()).as(attempt).isEqualTo(404);
            assertThat(page.body()).as(attempt).doesNotContain("INV-S2", "98,765.43", "Suresh");
        }
    }

    @Test
    void aPaidInvoiceSaysSoAndOffersNoWayToPayAgain() {
        Owner owner = newBusiness("Dairy");
        settings(owner);
        Customer customer = registerCustomer(owner, "Anita Devi", newPhone(), false);
        String invoiceId = invoice(owner, customer, "D-9", "250");
        post("/api/invoices/" + invoiceId + "/payments", owner, "{\"amount\": 250, \"method\": \"upi\"}");
        String path = "/pay/i/" + paymentLinks.forInvoice(UUID.fromString(invoiceId)).replaceAll(".*/", "");
        PayPagesClient pages = new PayPagesClient(port);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(pages.get(path + "?lang=en", newAddress()).body()).contains("paid in full").doesNotContain("upi://"));
        assertThat(pages.get(path + "/qr.png", newAddress()).status()).isEqualTo(404);
    }

    /** Issue 27 (in part): billed, paid and due; what happens after paying; no UPI button for more than UPI carries. */
    @Test
    void aPageAboveTheUpiLimitOffersUpiForWhatOnePaymentCarriesAndSaysWhatHappensNext() {
        Owner owner = newBusiness("Tractor Parts");
        settings(owner);
        Customer customer = registerCustomer(owner, "Harpreet Singh", newPhone(), false);
        String invoiceId = invoice(owner, customer, "T-1", "150000");
        assertThat(post("/api/invoices/" + invoiceId + "/payments", owner, "{\"amount\": 10000, \"method\": \"cash\"}").status())
                .isEqualTo(201);
        String path = "/pay/i/" + paymentLinks.forInvoice(UUID.fromString(invoiceId)).replaceAll(".*/", "");
        PayPagesClient pages = new PayPagesClient(port);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(pages.get(path + "?lang=en", newAddress()).body()).contains("₹10,000.00"));

        String page = pages.get(path + "?lang=en", newAddress()).body();
        assertThat(page).contains("id=\"amount-billed\">₹1,50,000.00", "id=\"amount-paid\">₹10,000.00",
                "id=\"amount-due\">₹1,40,000.00", "id=\"upi-limit\"", "Pay ₹1,00,000.00 now with a UPI app", "am=100000.00",
                "id=\"after-upi\"").doesNotContain("am=140000.00");
        assertThat(PayPagesClient.decodeQr(pages.bytes(path + "/qr.png", newAddress()))).contains("am=100000.00");
        assertThat(pages.get(path + "?lang=hi", newAddress()).body()).contains("एक UPI भुगतान में अधिक से अधिक ₹1,00,000.00");
    }

    @Test
    void oneAddressGetsAtMostSixtyPagesAMinute() {
        PayPagesClient pages = new PayPagesClient(port);
        String address = newAddress();
        for (int i = 0; i < 60; i++) {
            assertThat(pages.get("/pay/i/unknown", address).status()).isEqualTo(404);
        }
        Page refused = pages.get("/pay/i/unknown?lang=en", address);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many requests");
        assertThat(pages.get("/pay/i/unknown", newAddress()).status()).isEqualTo(404);
    }

    @Test
    void theOwnerSetsAndReadsThePaymentSettingsAndBadOnesAreRefused() {
        Owner owner = newBusiness("Hardware Store");
        Response set = send("PUT", "/api/business/payment-settings", owner.headers(),
                "{\"upi_vpa\": \"hardware@ybl\", \"methods\": [\"upi\", \"razorpay\"]}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().get("payee_name").asText()).isEqualTo("Hardware Store");
        assertThat(set.body().get("methods").toString()).isEqualTo("[\"razorpay\",\"upi\"]");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(get("/api/business/payment-settings", owner).body().get("upi_vpa").asText()).isEqualTo("hardware@ybl"));

        for (String body : List.of("{\"upi_vpa\": \"not-an-address\"}", "{\"upi_vpa\": \"a@b@c\"}",
                "{\"methods\": [\"upi\"]}", "{\"upi_vpa\": \"x@ybl\", \"methods\": [\"bitcoin\"]}",
                "{\"upi_vpa\": \"x@ybl\", \"payee_name\": \"" + "n".repeat(101) + "\"}")) {
            Response refused = send("PUT", "/api/business/payment-settings", owner.headers(), body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.contentType()).contains("application/problem+json");
        }
        assertThat(get("/api/business/payment-settings", owner).body().get("upi_vpa").asText()).isEqualTo("hardware@ybl");
    }

    private void settings(Owner owner) {
        assertThat(send("PUT", "/api/business/payment-settings", owner.headers(),
                "{\"upi_vpa\": \"shop@okaxis\", \"methods\": [\"upi\"]}").status()).isEqualTo(200);
    }

    private static String encode(UUID id, byte[] mac) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(32)
                .putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).put(mac).array());
    }

    /** The customer's own token with its id swapped for another invoice's. */
    private static String withIdOf(String token, UUID id) {
        byte[] raw = Base64.getUrlDecoder().decode(token);
        byte[] mac = new byte[16];
        System.arraycopy(raw, 16, mac, 0, 16);
        return encode(id, mac);
    }

    /** One character of the MAC changed. */
    private static String tamper(String token) {
        char changed = token.charAt(30) == 'A' ? 'B' : 'A';
        return token.substring(0, 30) + changed + token.substring(31);
    }
}
