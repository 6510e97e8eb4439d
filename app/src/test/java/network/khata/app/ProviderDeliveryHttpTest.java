package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import network.khata.testsupport.KhataTestEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service with its real MSG91 and SendGrid clients, against local servers that answer as those APIs do:
 * delivery, the providers' webhooks back, the report; refusal and fallback; and an outage of a minute.
 */
@SpringBootTest(classes = KhataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = KhataTestEnvironment.Isolated.class)
class ProviderDeliveryHttpTest extends HttpApiTest {
    private static final WireMockServer MSG91 = new WireMockServer(options().dynamicPort());
    private static final WireMockServer SENDGRID = new WireMockServer(options().dynamicPort());
    private static final KeyPair SENDGRID_KEYS;
    private static final String MSG91_TOKEN = "dlr-token-0123456789";

    static {
        MSG91.start();
        SENDGRID.start();
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            SENDGRID_KEYS = generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry properties) {
        properties.add("khata.sms.provider", () -> "msg91");
        properties.add("khata.sms.msg91.base-url", () -> "http://127.0.0.1:" + MSG91.port());
        properties.add("khata.sms.msg91.auth-key", () -> "msg91-test-key");
        Msg91Flows.register(properties);
        properties.add("khata.sms.msg91.webhook-token", () -> MSG91_TOKEN);
        properties.add("khata.sms.msg91.timeout", () -> "PT2S");
        properties.add("khata.email.provider", () -> "sendgrid");
        properties.add("khata.email.sendgrid.base-url", () -> "http://127.0.0.1:" + SENDGRID.port());
        properties.add("khata.email.sendgrid.api-key", () -> "SG.test");
        properties.add("khata.email.sendgrid.from-address", () -> "billing@khata.example");
        properties.add("khata.email.sendgrid.timeout", () -> "PT2S");
        properties.add("khata.email.sendgrid.webhook-public-key",
                () -> Base64.getEncoder().encodeToString(SENDGRID_KEYS.getPublic().getEncoded()));
        properties.add("khata.notifications.retry.initial-backoff", () -> "PT2S");
        properties.add("khata.notifications.retry.multiplier", () -> "2");
        properties.add("khata.notifications.retry.max-backoff", () -> "PT8S");
        properties.add("khata.notifications.retry.max-attempts", () -> "40");
    }

    @AfterAll
    static void stopProviders() {
        MSG91.stop();
        SENDGRID.stop();
    }

    @BeforeEach
    void providersAnswer() {
        MSG91.resetAll();
        SENDGRID.resetAll();
        msg91Accepts();
        sendGridAccepts();
    }

    private static void msg91Accepts() {
        MSG91.stubFor(WireMock.post("/api/v5/flow").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"type\": \"success\", \"message\": \"req-{{jsonPath request.body '$.recipients[0].mobiles'}}\"}")
                .withTransformers("response-template")));
    }

    private static void sendGridAccepts() {
        SENDGRID.stubFor(WireMock.post("/v3/mail/send").willReturn(aResponse().withStatus(202)
                .withHeader("X-Message-Id", "sg-{{jsonPath request.body '$.custom_args.message_id'}}")
                .withTransformers("response-template")));
    }

    private record Sent(String invoiceId, String notificationId, String phone, String email) {
    }

    private Sent sendInvoice(Owner owner, String channels) {
        String phone = "+9196" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String email = "c" + phone.substring(3) + "@example.com";
        String customerId = post("/api/customers/auto-register", owner, """
                {"name": "Ramesh Kumar", "phone": "%s", "email": "%s", "auto_send_welcome_sms": false}"""
                .formatted(phone, email)).body().get("customer_id").asText();
        String invoiceId = post("/api/invoices", owner, """
                {"customer_id": "%s", "invoice_number": "INV-%s", "amount": 2500, "due_date": "2030-01-01"}"""
                .formatted(customerId, phone.substring(5))).body().get("invoice_id").asText();
        Response sent = post("/api/invoices/" + invoiceId + "/send-to-customer", owner,
                "{\"customer_id\": \"" + customerId + "\", \"channels\": " + channels + "}");
        assertThat(sent.status()).isEqualTo(202);
        return new Sent(invoiceId, sent.body().get("notification_id").asText(), phone, email);
    }

    private List<JsonNode> messages(Owner owner, String notificationId) {
        List<JsonNode> messages = new ArrayList<>();
        get("/api/notifications/" + notificationId, owner).body().path("messages").forEach(messages::add);
        return messages;
    }

    private Response signedSendGridEvents(String payload) {
        return signedSendGridEvents(payload, String.valueOf(System.currentTimeMillis() / 1000));
    }

    private Response signedSendGridEvents(String payload, String timestamp) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(SENDGRID_KEYS.getPrivate());
            signer.update((timestamp + payload).getBytes(StandardCharsets.UTF_8));
            return send("POST", "/api/webhooks/sendgrid", Map.of(
                    "X-Twilio-Email-Event-Webhook-Signature", Base64.getEncoder().encodeToString(signer.sign()),
                    "X-Twilio-Email-Event-Webhook-Timestamp", timestamp), payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void providersGetTheRightRequestsAndTheirWebhooksCompleteTheReport() {
        Owner owner = newBusiness("Fertilizer Shop");
        Sent sent = sendInvoice(owner, "[\"sms\", \"email\"]");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(messages(owner, sent.notificationId())).extracting(m -> m.get("status").asText()).containsOnly("sent"));
        MSG91.verify(1, postRequestedFor(urlEqualTo("/api/v5/flow"))
                .withHeader("authkey", equalTo("msg91-test-key"))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo(Msg91Flows.flow("invoice_created", "hi"))))
                .withRequestBody(matchingJsonPath("$.sender", equalTo("KHATAN")))
                .withRequestBody(matchingJsonPath("$.unicode", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.recipients[0].mobiles", equalTo(sent.phone().substring(1))))
                .withRequestBody(matchingJsonPath("$.recipients[0].link", equalTo(paymentLinks.shortForInvoice(java.util.UUID.fromString(sent.invoiceId())).url())))
                .withRequestBody(matchingJsonPath("$.recipients[0].message", absent())));
        SENDGRID.verify(1, postRequestedFor(urlEqualTo("/v3/mail/send"))
                .withRequestBody(matchingJsonPath("$.personalizations[0].to[0].email", equalTo(sent.email())))
                .withRequestBody(matchingJsonPath("$.attachments[0].type", equalTo("application/pdf"))));

        String emailMessage = messages(owner, sent.notificationId()).stream().filter(m -> m.get("channel").asText().equals("email"))
                .findFirst().orElseThrow().get("message_id").asText();
        assertThat(signedSendGridEvents("[{\"event\": \"delivered\", \"message_id\": \"" + emailMessage + "\"}, "
                + "{\"event\": \"open\", \"message_id\": \"" + emailMessage + "\"}]").status()).isEqualTo(204);
        assertThat(send("POST", "/api/webhooks/msg91?token=" + MSG91_TOKEN, Map.of(), "[{\"requestId\": \"req-"
                + sent.phone().substring(1) + "\", \"report\": [{\"status\": \"1\", \"desc\": \"DELIVERED\"}]}]").status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(messages(owner, sent.notificationId())).extracting(m -> m.get("channel").asText() + ":" + m.get("status").asText())
                        .containsExactlyInAnyOrder("sms:delivered", "email:opened"));
        String today = LocalDate.now(ZoneId.of("Asia/Kolkata")).toString();
        JsonNode report = get("/api/notifications/delivery-report?date_from=" + today + "&date_to=" + today, owner).body();
        assertThat(report.get("summary").get("total_sent").asLong()).isEqualTo(2);
        assertThat(report.get("by_channel").get("sms").get("delivered").asLong()).isEqualTo(1);
        assertThat(report.get("by_channel").get("sms").get("delivery_rate").decimalValue()).isEqualByComparingTo("100");
        assertThat(report.get("by_channel").get("email").get("open_rate").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void webhooksThatAreNotTheProvidersAreRefused() {
        assertThat(send("POST", "/api/webhooks/sendgrid", Map.of("X-Twilio-Email-Event-Webhook-Signature", "bm9wZQ==",
                "X-Twilio-Email-Event-Webhook-Timestamp", "1"), "[]").status()).isEqualTo(401);
        assertThat(send("POST", "/api/webhooks/msg91?token=guess", Map.of(), "[]").status()).isEqualTo(401);
        // signed by SendGrid's key, but long ago (2001) or ten minutes off: a replay, refused
        for (long signedAt : new long[]{1_000_000_000L, System.currentTimeMillis() / 1000 - 600}) {
            assertThat(signedSendGridEvents("[]", String.valueOf(signedAt)).status()).as("signed at " + signedAt).isEqualTo(401);
        }
        assertThat(signedSendGridEvents("[]").status()).isEqualTo(204);
    }

    @Test
    void aRefusedSmsFallsBackToEmailAndAlertsTheOwner() {
        Owner owner = newBusiness("Fertilizer Shop");
        MSG91.stubFor(WireMock.post("/api/v5/flow").willReturn(aResponse().withStatus(400).withBody("{\"type\":\"error\",\"message\":\"Invalid mobile\"}")));
        Sent sent = sendInvoice(owner, "[\"sms\"]");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(messages(owner, sent.notificationId())).extracting(m -> m.get("channel").asText() + ":" + m.get("status").asText())
                        .containsExactlyInAnyOrder("sms:failed", "email:sent"));
        SENDGRID.verify(1, postRequestedFor(urlEqualTo("/v3/mail/send"))
                .withRequestBody(matchingJsonPath("$.personalizations[0].to[0].email", equalTo(sent.email()))));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%OwnerAlertRaised' "
                + "AND convert_from(meta_data, 'UTF8')::jsonb ->> 'businessId' = ?", Long.class, owner.businessId().toString())).isEqualTo(1);
    }

    @Test
    void aMinuteOfProviderOutageLosesNoNotification() throws InterruptedException {
        Owner owner = newBusiness("Fertilizer Shop");
        MSG91.stubFor(WireMock.post("/api/v5/flow").willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
        SENDGRID.stubFor(WireMock.post("/v3/mail/send").willReturn(aResponse().withStatus(503)));
        List<Sent> sends = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sends.add(sendInvoice(owner, "[\"sms\", \"email\"]"));
        }
        Thread.sleep(Duration.ofSeconds(60).toMillis());
        assertThat(sends).allSatisfy(sent -> assertThat(messages(owner, sent.notificationId()))
                .extracting(m -> m.get("status").asText()).containsOnly("pending"));

        MSG91.resetAll();
        SENDGRID.resetAll();
        msg91Accepts();
        sendGridAccepts();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sends).allSatisfy(sent ->
                assertThat(messages(owner, sent.notificationId())).extracting(m -> m.get("status").asText()).containsOnly("sent")));
        for (Sent sent : sends) {
            MSG91.verify(1, postRequestedFor(urlEqualTo("/api/v5/flow"))
                    .withRequestBody(matchingJsonPath("$.recipients[0].mobiles", equalTo(sent.phone().substring(1)))));
            SENDGRID.verify(1, postRequestedFor(urlEqualTo("/v3/mail/send"))
                    .withRequestBody(matchingJsonPath("$.personalizations[0].to[0].email", equalTo(sent.email()))));
        }
    }
}
