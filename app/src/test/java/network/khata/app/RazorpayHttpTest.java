package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import network.khata.api.identity.HmacSha256;
import network.khata.testsupport.KhataTestEnvironment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Razorpay Payment Links through the real client against a stand-in that answers as Razorpay's API does (success, 4xx,
 * 5xx, time-out), and its webhook: signed payments are recorded once however often they arrive, and every view follows.
 */
@SpringBootTest(classes = KhataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = KhataTestEnvironment.Isolated.class)
class RazorpayHttpTest extends PortalApiTest {
    private static final WireMockServer RAZORPAY = new WireMockServer(options().dynamicPort());
    private static final String WEBHOOK_SECRET = "razorpay-webhook-secret-0123456789";

    static {
        RAZORPAY.start();
    }

    @DynamicPropertySource
    static void razorpay(DynamicPropertyRegistry properties) {
        properties.add("khata.razorpay.enabled", () -> "true");
        properties.add("khata.razorpay.base-url", () -> "http://127.0.0.1:" + RAZORPAY.port());
        properties.add("khata.razorpay.key-id", () -> "rzp_test_key");
        properties.add("khata.razorpay.key-secret", () -> "rzp_test_secret");
        properties.add("khata.razorpay.webhook-secret", () -> WEBHOOK_SECRET);
        properties.add("khata.razorpay.timeout", () -> "PT1S");
        properties.add("khata.dead-letters.retry-every", () -> "PT1S");
        properties.add("khata.dead-letters.first-backoff", () -> "PT1S");
    }

    @BeforeEach
    void reset() {
        RAZORPAY.resetAll();
    }

    private record Billed(Owner owner, Customer customer, String invoiceId) {
    }

    private Billed billed(String number, String amount) {
        Owner owner = newBusiness("Fertilizer Shop");
        assertThat(send("PUT", "/api/business/payment-settings", owner.headers(),
                "{\"upi_vpa\": \"shop@okaxis\", \"methods\": [\"upi\", \"razorpay\"]}").status()).isEqualTo(200);
        Customer customer = registerCustomer(owner, "Ramesh Kumar", newPhone(), false);
        return new Billed(owner, customer, invoice(owner, customer, number, amount));
    }

    private void sendWithLink(Billed billed) {
        assertThat(post("/api/invoices/" + billed.invoiceId() + "/send-to-customer", billed.owner(),
                "{\"customer_id\": \"" + billed.customer().id() + "\", \"channels\": [\"sms\"], \"include_payment_link\": true}")
                .status()).isEqualTo(202);
    }

    private static void linkAnswers(String invoiceId, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        RAZORPAY.stubFor(WireMock.post(urlEqualTo("/v1/payment_links"))
                .withRequestBody(matchingJsonPath("$.notes.invoice_id", equalTo(invoiceId))).willReturn(answer));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder link(String id) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"" + id + "\", \"short_url\": \"https://rzp.io/i/" + id + "\", \"status\": \"created\"}");
    }

    private String providerLink(String invoiceId) {
        return jdbc.query("SELECT provider_link_url FROM invoices WHERE id = ?::uuid",
                rs -> rs.next() ? rs.getString(1) : null, invoiceId);
    }

    @Test
    void aSentInvoiceGetsALinkAndASignedWebhookMarksItPaidOnceEverywhere() {
        Billed billed = billed("INV-R1", "2500");
        linkAnswers(billed.invoiceId(), link("plink_R1"));
        sendWithLink(billed);

        await().atMost(Duration.ofSeconds(20)).until(() -> "https://rzp.io/i/plink_R1".equals(providerLink(billed.invoiceId())));
        RAZORPAY.verify(1, postRequestedFor(urlEqualTo("/v1/payment_links"))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials("rzp_test_key", "rzp_test_secret"))
                .withRequestBody(matchingJsonPath("$.amount", equalTo("250000")))
                .withRequestBody(matchingJsonPath("$.currency", equalTo("INR")))
                .withRequestBody(matchingJsonPath("$.notes.business_id", equalTo(billed.owner().businessId().toString()))));
        String page = new PayPagesClient(port).get(paymentLinks.forInvoice(UUID.fromString(billed.invoiceId()))
                .replaceAll("^https?://[^/]+", "") + "?lang=en", newAddress()).body();
        assertThat(page).contains("id=\"online-link\" href=\"https://rzp.io/i/plink_R1\"");

        String paid = paymentLinkPaid(billed, "pay_R1", 250000);
        assertThat(webhook(paid, sign(paid)).status()).isEqualTo(200);
        for (int repeat = 0; repeat < 3; repeat++) {
            assertThat(webhook(paid, sign(paid)).status()).isEqualTo(200);
        }
        String captured = paymentCaptured(billed, "pay_R1", 250000);
        assertThat(webhook(captured, sign(captured)).status()).isEqualTo(200);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE '%PaymentRecorded'", Long.class, billed.invoiceId())).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("SELECT status FROM invoices WHERE id = ?::uuid", String.class, billed.invoiceId()))
                    .isEqualTo("paid");
            JsonNode found = get("/api/customers/search?q=Ramesh", billed.owner()).body().get("results").get(0);
            assertThat(found.get("total_balance").decimalValue()).isEqualByComparingTo("0");
            String today = LocalDate.now(ZoneId.of("Asia/Kolkata")).toString();
            JsonNode report = get("/api/notifications/delivery-report?date_from=" + today + "&date_to=" + today, billed.owner()).body();
            assertThat(report.at("/by_type/receipt_sent/sent").asLong()).isEqualTo(1);
            JsonNode analytics = get("/api/analytics/customer-network", billed.owner()).body();
            assertThat(analytics.at("/payment_impact/collection_rate").decimalValue()).isEqualByComparingTo("100");
        });
        assertThat(sms.sentTo(billed.customer().phone())).filteredOn(message -> message.text().contains("INV-R1"))
                .anySatisfy(receipt -> assertThat(receipt.text()).contains("2,500.00"));

        String token = signedIn(billed.customer().phone()).get("token").asText();
        JsonNode invoice = asCustomer("GET", "/api/customer-portal/invoices", token, null).body().findValue("invoices").get(0);
        assertThat(invoice.get("status").asText()).isEqualTo("paid");
        assertThat(invoice.get("payments").get(0).get("via").asText()).isEqualTo("razorpay");
        assertThat(invoice.get("payments").get(0).get("method").asText()).isEqualTo("upi");
        JsonNode ownerView = get("/api/invoices/" + billed.invoiceId() + "/payments", billed.owner()).body();
        assertThat(ownerView.get("payments").get(0).get("via").asText()).isEqualTo("razorpay");
    }

    @Test
    void anUnsignedOrWronglySignedWebhookIs401AndChangesNothing() {
        Billed billed = billed("INV-R2", "900");
        String paid = paymentLinkPaid(billed, "pay_R2", 90000);

        for (Map.Entry<String, String> attempt : Map.of("none", "", "wrong", sign(paid + " "),
                "other secret", HexFormat.of().formatHex(hmac("not-the-secret", paid))).entrySet()) {
            Response refused = webhook(paid, attempt.getValue());
            assertThat(refused.status()).as(attempt.getKey()).isEqualTo(401);
            assertThat(refused.contentType()).contains("application/problem+json");
        }
        Response garbled = webhook("{\"event\": ", sign("{\"event\": "));   // signed, but not JSON
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.contentType()).contains("application/problem+json");
        assertThat(eventsOf(UUID.fromString(billed.invoiceId()))).isEqualTo(1); // InvoiceCreated only
    }

    @Test
    void aRefusalLeavesTheUpiPageAloneAndOutagesAndTimeOutsAreRetried() {
        Billed refused = billed("INV-R3", "100");
        linkAnswers(refused.invoiceId(), aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": \"BAD_REQUEST_ERROR\", \"description\": \"The api key provided is invalid\"}}"));
        Billed outage = billed("INV-R4", "200");
        RAZORPAY.stubFor(WireMock.post(urlEqualTo("/v1/payment_links")).inScenario("outage").whenScenarioStateIs(STARTED)
                .withRequestBody(matchingJsonPath("$.notes.invoice_id", equalTo(outage.invoiceId())))
                .willReturn(aResponse().withStatus(503)).willSetStateTo("slow"));
        RAZORPAY.stubFor(WireMock.post(urlEqualTo("/v1/payment_links")).inScenario("outage").whenScenarioStateIs("slow")
                .withRequestBody(matchingJsonPath("$.notes.invoice_id", equalTo(outage.invoiceId())))
                .willReturn(link("plink_R4").withFixedDelay(3000)).willSetStateTo("up"));
        RAZORPAY.stubFor(WireMock.post(urlEqualTo("/v1/payment_links")).inScenario("outage").whenScenarioStateIs("up")
                .withRequestBody(matchingJsonPath("$.notes.invoice_id", equalTo(outage.invoiceId())))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"code\": \"BAD_REQUEST_ERROR\", \"field\": \"reference_id\", "
                                + "\"description\": \"reference_id already exists\"}}")));
        RAZORPAY.stubFor(WireMock.get(urlPathEqualTo("/v1/payment_links"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"payment_links\": [{\"id\": \"plink_R4\", \"short_url\": \"https://rzp.io/i/plink_R4\"}]}")));

        sendWithLink(refused);
        sendWithLink(outage);

        await().atMost(Duration.ofSeconds(40)).until(() -> "https://rzp.io/i/plink_R4".equals(providerLink(outage.invoiceId())));
        assertThat(providerLink(refused.invoiceId())).isNull();
        String page = new PayPagesClient(port).get(paymentLinks.forInvoice(UUID.fromString(refused.invoiceId()))
                .replaceAll("^https?://[^/]+", "") + "?lang=en", newAddress()).body();
        assertThat(page).contains("upi://pay?pa=shop@okaxis").doesNotContain("online-link");
    }

    @Test
    void aPaymentRecordedByHandCancelsTheOpenLink() {
        Billed billed = billed("INV-R5", "500");
        linkAnswers(billed.invoiceId(), link("plink_R5"));
        RAZORPAY.stubFor(WireMock.post(urlEqualTo("/v1/payment_links/plink_R5/cancel"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"plink_R5\", \"status\": \"cancelled\"}")));
        sendWithLink(billed);
        await().atMost(Duration.ofSeconds(20)).until(() -> providerLink(billed.invoiceId()) != null);

        assertThat(post("/api/invoices/" + billed.invoiceId() + "/payments", billed.owner(),
                "{\"amount\": 200, \"method\": \"cash\"}").status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).until(() -> providerLink(billed.invoiceId()) == null);
        RAZORPAY.verify(1, postRequestedFor(urlEqualTo("/v1/payment_links/plink_R5/cancel")));
    }

    private Response webhook(String body, String signature) {
        return send("POST", "/api/webhooks/razorpay", signature.isEmpty() ? Map.of() : Map.of("X-Razorpay-Signature", signature), body);
    }

    private static String sign(String body) {
        return HexFormat.of().formatHex(hmac(WEBHOOK_SECRET, body));
    }

    private static byte[] hmac(String secret, String body) {
        return HmacSha256.of(secret.getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8));
    }

    private static String paymentLinkPaid(Billed billed, String paymentId, long paise) {
        return """
                {"entity": "event", "event": "payment_link.paid", "contains": ["payment_link", "payment", "order"],
                 "payload": {
                   "payment_link": {"entity": {"id": "plink_x", "status": "paid", "amount": %d, "amount_paid": %d,
                                               "notes": {"invoice_id": "%s", "business_id": "%s"}}},
                   "payment": {"entity": {"id": "%s", "entity": "payment", "amount": %d, "currency": "INR",
                                          "status": "captured", "method": "upi", "created_at": 1764145800}}},
                 "created_at": 1764145801}""".formatted(paise, paise, billed.invoiceId(), billed.owner().businessId(),
                paymentId, paise);
    }

    private static String paymentCaptured(Billed billed, String paymentId, long paise) {
        return """
                {"entity": "event", "event": "payment.captured", "contains": ["payment"],
                 "payload": {"payment": {"entity": {"id": "%s", "entity": "payment", "amount": %d, "currency": "INR",
                   "status": "captured", "method": "upi", "created_at": 1764145800,
                   "notes": {"invoice_id": "%s", "business_id": "%s"}}}},
                 "created_at": 1764145802}""".formatted(paymentId, paise, billed.invoiceId(), billed.owner().businessId());
    }
}
