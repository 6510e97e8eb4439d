package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import network.khata.api.identity.HmacSha256;
import network.khata.notifications.email.LocalEmailOutbox;
import network.khata.testsupport.KhataTestEnvironment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * WhatsApp through the real Cloud API client against a stand-in that answers as Meta's Graph API does (SMS and email
 * to the local outboxes): WhatsApp first by the business's order, SMS when WhatsApp fails, an outage ridden out, and the
 * signed status webhook in the delivery report.
 */
@SpringBootTest(classes = KhataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = KhataTestEnvironment.Isolated.class)
class WhatsAppHttpTest extends PortalApiTest {
    private static final WireMockServer GRAPH = new WireMockServer(options().dynamicPort());
    private static final String APP_SECRET = "whatsapp-app-secret-0123456789";

    static {
        GRAPH.start();
    }

    @DynamicPropertySource
    static void whatsApp(DynamicPropertyRegistry properties) {
        properties.add("khata.whatsapp.provider", () -> "cloud");
        properties.add("khata.whatsapp.cloud.base-url", () -> "http://127.0.0.1:" + GRAPH.port() + "/v21.0");
        properties.add("khata.whatsapp.cloud.phone-number-id", () -> "1055");
        properties.add("khata.whatsapp.cloud.access-token", () -> "wa-token");
        properties.add("khata.whatsapp.cloud.app-secret", () -> APP_SECRET);
        properties.add("khata.whatsapp.cloud.verify-token", () -> "verify-me");
        properties.add("khata.whatsapp.cloud.timeout", () -> "PT1S");
        properties.add("khata.notifications.retry.initial-backoff", () -> "PT1S");
        properties.add("khata.notifications.retry.multiplier", () -> "2");
        properties.add("khata.notifications.retry.max-backoff", () -> "PT4S");
    }

    @Autowired
    LocalEmailOutbox email;

    @BeforeEach
    void graphAccepts() {
        GRAPH.resetAll();
        GRAPH.stubFor(WireMock.post("/v21.0/1055/media").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"media-1\"}")));
        GRAPH.stubFor(WireMock.post("/v21.0/1055/messages").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messaging_product\": \"whatsapp\", \"messages\": [{\"id\": \"wamid.{{jsonPath request.body '$.to'}}\"}]}")
                .withTransformers("response-template")));
    }

    private record Sent(Owner owner, String phone, String address, String invoiceId, JsonNode answer) {
    }

    private Sent sendWhatsAppFirst(String number) {
        Owner owner = newBusiness("Fertilizer Shop");
        Response order = send("PUT", "/api/business/channel-order", owner.headers(), "{\"order\": [\"whatsapp\", \"sms\", \"email\"]}");
        assertThat(order.status()).isEqualTo(200);
        assertThat(order.body().get("order").toString()).isEqualTo("[\"whatsapp\",\"sms\",\"email\"]");
        String phone = newPhone();
        String address = "w" + phone.substring(3) + "@example.com";
        String customerId = post("/api/customers/auto-register", owner, """
                {"name": "Ramesh Kumar", "phone": "%s", "email": "%s", "auto_send_welcome_sms": false}"""
                .formatted(phone, address)).body().get("customer_id").asText();
        // the send's answer names each channel's recipient from the planner's contacts: wait until the planner has this one
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM notification_contacts WHERE customer_id = ?::uuid AND business_id = ?", Long.class,
                customerId, owner.businessId()) == 1);
        String invoiceId = post("/api/invoices", owner, """
                {"customer_id": "%s", "invoice_number": "%s", "amount": 2500, "issue_date": "2026-11-20", "due_date": "2026-12-05"}"""
                .formatted(customerId, number)).body().get("invoice_id").asText();
        Response sent = post("/api/invoices/" + invoiceId + "/send-to-customer", owner, """
                {"customer_id": "%s", "channels": ["whatsapp", "sms", "email"], "custom_message": null}""".formatted(customerId));
        assertThat(sent.status()).isEqualTo(202);
        return new Sent(owner, phone, address, invoiceId, sent.body());
    }

    private List<String> statuses(Sent sent) {
        return get("/api/notifications/" + sent.answer().get("notification_id").asText(), sent.owner()).body()
                .get("messages").findValuesAsText("channel");
    }

    @Test
    void anInvoiceGoesByWhatsAppAsATemplateWithItsPdfAndTheSignedReadShowsInTheReport() {
        Sent sent = sendWhatsAppFirst("INV-W1");
        assertThat(sent.answer().at("/whatsapp/status").asText()).isEqualTo("queued");
        assertThat(sent.answer().at("/whatsapp/recipient").asText()).isEqualTo(sent.phone());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            GRAPH.verify(1, postRequestedFor(urlEqualTo("/v21.0/1055/messages"))
                    .withHeader("authorization", equalTo("Bearer wa-token"))
                    .withRequestBody(matchingJsonPath("$.to", equalTo(sent.phone().substring(1))))
                    .withRequestBody(matchingJsonPath("$.template.name", equalTo("khata_invoice_created")))
                    .withRequestBody(matchingJsonPath("$.template.language.code", equalTo("hi")))
                    .withRequestBody(matchingJsonPath("$.template.components[0].parameters[0].document.filename", equalTo("INV-W1.pdf")))
                    .withRequestBody(matchingJsonPath("$.template.components[1].parameters[1].text", equalTo("INV-W1"))));
            assertThat(email.sentTo(sent.address())).hasSize(1);
        });
        assertThat(sms.sentTo(sent.phone())).isEmpty();   // SMS waits behind WhatsApp
        String wamid = "wamid." + sent.phone().substring(1);

        String read = statusUpdate(wamid, "read");
        assertThat(webhook(read, "sha256=0000").statusCode()).isEqualTo(401);
        assertThat(webhook(read, null).statusCode()).isEqualTo(401);
        assertThat(webhook(read, sign(read)).statusCode()).isEqualTo(200);
        assertThat(webhook(read, sign(read)).statusCode()).isEqualTo(200);   // delivered again: nothing changes
        HttpResponse<String> garbled = webhook("{\"entry\": [", sign("{\"entry\": ["));     // signed, but not JSON
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(garbled.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        String today = LocalDate.now(ZoneId.of("Asia/Kolkata")).toString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode report = get("/api/notifications/delivery-report?date_from=" + today + "&date_to=" + today, sent.owner()).body();
            assertThat(report.at("/by_channel/whatsapp/sent").asLong()).isEqualTo(1);
            assertThat(report.at("/by_channel/whatsapp/read_rate").decimalValue()).isEqualByComparingTo("100");
            assertThat(report.at("/by_channel/sms/sent").asLong()).isZero();
        });

        HttpResponse<String> handshake = raw("/api/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444");
        assertThat(handshake.statusCode()).isEqualTo(200);
        assertThat(handshake.body()).isEqualTo("1158201444");
        assertThat(raw("/api/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1").statusCode()).isEqualTo(403);
    }

    @Test
    void aWhatsAppRefusalFallsBackToSmsAsTheBusinesssOrderSays() {
        GRAPH.stubFor(WireMock.post("/v21.0/1055/messages").atPriority(1)
                .withRequestBody(matchingJsonPath("$.template.components[1].parameters[1].text", equalTo("INV-W2")))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"message\": \"(#132001) Template name does not exist in the translation\", \"code\": 132001}}")));

        Sent sent = sendWhatsAppFirst("INV-W2");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(sms.sentTo(sent.phone())).singleElement().satisfies(message -> {
                assertThat(message.template()).isEqualTo("invoice_created");
                assertThat(message.variables()).containsEntry("invoice", "INV-W2");
            });
            assertThat(statuses(sent)).containsExactlyInAnyOrder("email", "sms", "whatsapp");
        });
    }

    @Test
    void aWhatsAppOutageIsRiddenOutAndTheMessageSentOnce() {
        GRAPH.stubFor(WireMock.post("/v21.0/1055/messages").atPriority(1).inScenario("outage").whenScenarioStateIs(STARTED)
                .withRequestBody(matchingJsonPath("$.template.components[1].parameters[1].text", equalTo("INV-W3")))
                .willReturn(aResponse().withStatus(503)).willSetStateTo("still down"));
        GRAPH.stubFor(WireMock.post("/v21.0/1055/messages").atPriority(1).inScenario("outage").whenScenarioStateIs("still down")
                .withRequestBody(matchingJsonPath("$.template.components[1].parameters[1].text", equalTo("INV-W3")))
                .willReturn(aResponse().withStatus(429)).willSetStateTo("up"));

        Sent sent = sendWhatsAppFirst("INV-W3");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode messages = get("/api/notifications/" + sent.answer().get("notification_id").asText(), sent.owner()).body().get("messages");
            assertThat(messages).filteredOn(message -> message.get("channel").asText().equals("whatsapp"))
                    .singleElement().satisfies(message -> {
                        assertThat(message.get("status").asText()).isEqualTo("sent");
                        assertThat(message.get("attempts").asInt()).isEqualTo(3);
                    });
        });
        GRAPH.verify(3, postRequestedFor(urlEqualTo("/v21.0/1055/messages"))
                .withRequestBody(matchingJsonPath("$.template.components[1].parameters[1].text", equalTo("INV-W3"))));
        assertThat(sms.sentTo(sent.phone())).isEmpty();
    }

    private static String statusUpdate(String wamid, String status) {
        return """
                {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages", "value": {
                  "messaging_product": "whatsapp", "statuses": [{"id": "%s", "status": "%s", "timestamp": "1764145800",
                  "recipient_id": "919876543210"}]}}]}]}""".formatted(wamid, status);
    }

    private static String sign(String body) {
        return "sha256=" + HexFormat.of().formatHex(HmacSha256.of(APP_SECRET.getBytes(StandardCharsets.UTF_8),
                body.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> webhook(String body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/webhooks/whatsapp"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return exchange(request);
    }

    private HttpResponse<String> raw(String path) {
        return exchange(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
