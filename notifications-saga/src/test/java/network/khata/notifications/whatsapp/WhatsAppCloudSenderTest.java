package network.khata.notifications.whatsapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import network.khata.api.identity.HmacSha256;
import network.khata.api.messaging.NotificationStatus;
import network.khata.notifications.DeliveryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real WhatsApp Cloud API client against a local server that answers as Meta's Graph API does. */
class WhatsAppCloudSenderTest {
    private static final WireMockServer GRAPH = new WireMockServer(options().dynamicPort());
    private static WhatsAppCloudSender sender;

    @BeforeAll
    static void start() {
        GRAPH.start();
        sender = new WhatsAppCloudSender(new WhatsAppCloudSender.CloudSettings("http://127.0.0.1:" + GRAPH.port() + "/v21.0",
                "1055", "wa-token", "khata_", Duration.ofMillis(500)), new ObjectMapper());
    }

    @AfterAll
    static void stop() {
        GRAPH.stop();
    }

    @BeforeEach
    void reset() {
        GRAPH.resetAll();
    }

    private static WhatsAppMessage reminder(WhatsAppMessage.Document document) {
        return new WhatsAppMessage("+919876543210", "reminder", "hi", List.of("खाद भंडार", "INV-7", "1,25,000.00", "05-12-2026",
                "https://khata.example/pay/i/abc"), "…", document, "m-1");
    }

    @Test
    void aTemplateMessageCarriesItsParametersAndTheInvoiceUploadedAsItsDocument() {
        GRAPH.stubFor(post("/v21.0/1055/media").willReturn(okJson("{\"id\": \"media-42\"}")));
        GRAPH.stubFor(post("/v21.0/1055/messages").willReturn(okJson("""
                {"messaging_product": "whatsapp", "contacts": [{"input": "919876543210", "wa_id": "919876543210"}],
                 "messages": [{"id": "wamid.HBgM"}]}""")));

        assertThat(sender.send(reminder(new WhatsAppMessage.Document("INV-7.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))))
                .isEqualTo("wamid.HBgM");

        GRAPH.verify(postRequestedFor(urlEqualTo("/v21.0/1055/media"))
                .withHeader("authorization", equalTo("Bearer wa-token"))
                .withHeader("content-type", containing("multipart/form-data"))
                .withRequestBody(containing("%PDF-1.7")).withRequestBody(containing("name=\"messaging_product\"")));
        GRAPH.verify(postRequestedFor(urlEqualTo("/v21.0/1055/messages"))
                .withHeader("authorization", equalTo("Bearer wa-token"))
                .withRequestBody(equalToJson("""
                        {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "919876543210", "type": "template",
                         "template": {"name": "khata_reminder", "language": {"code": "hi"}, "components": [
                           {"type": "header", "parameters": [{"type": "document", "document": {"id": "media-42", "filename": "INV-7.pdf"}}]},
                           {"type": "body", "parameters": [{"type": "text", "text": "खाद भंडार"}, {"type": "text", "text": "INV-7"},
                             {"type": "text", "text": "1,25,000.00"}, {"type": "text", "text": "05-12-2026"},
                             {"type": "text", "text": "https://khata.example/pay/i/abc"}]}]}}""")));
    }

    @Test
    void aTemplateMismatchOrAnInvalidNumberWillNotPass() {
        GRAPH.stubFor(post("/v21.0/1055/messages").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"(#132001) Template name does not exist in the translation\", \"code\": 132001}}")));
        assertThatThrownBy(() -> sender.send(reminder(null))).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e).hasMessageContaining("132001").matches(DeliveryException::permanent));
        GRAPH.stubFor(post("/v21.0/1055/messages").willReturn(aResponse().withStatus(400)
                .withBody("{\"error\": {\"message\": \"(#131026) Message undeliverable\", \"code\": 131026}}")));
        assertThatThrownBy(() -> sender.send(reminder(null))).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e.permanent()).isTrue());
    }

    @Test
    void serverErrorsRateLimitsAndTimeOutsMayPass() {
        GRAPH.stubFor(post("/v21.0/1055/messages").willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> sender.send(reminder(null))).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e.permanent()).isFalse());
        GRAPH.stubFor(post("/v21.0/1055/messages").willReturn(aResponse().withStatus(429)
                .withBody("{\"error\": {\"message\": \"(#130429) Rate limit hit\", \"code\": 130429}}")));
        assertThatThrownBy(() -> sender.send(reminder(null))).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e.permanent()).isFalse());
        GRAPH.stubFor(post("/v21.0/1055/messages").willReturn(okJson("{\"messages\": [{\"id\": \"w\"}]}").withFixedDelay(2000)));
        assertThatThrownBy(() -> sender.send(reminder(null))).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e.permanent()).isFalse());
    }

    @Test
    void webhooksAreSignedByTheAppSecretAndTheHandshakeNeedsTheVerifyToken() throws Exception {
        WhatsAppWebhook webhook = new WhatsAppWebhook("app-secret-0123456789", "verify-me", new ObjectMapper());
        String body = """
                {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages", "value": {
                  "statuses": [{"id": "wamid.A", "status": "read", "timestamp": "1764145800", "recipient_id": "919876543210"},
                               {"id": "wamid.B", "status": "sent", "timestamp": "1764145800", "recipient_id": "919876543211"},
                               {"id": "wamid.C", "status": "failed", "timestamp": "1764145800", "recipient_id": "919876543212",
                                "errors": [{"code": 131026, "title": "Message undeliverable"}]},
                               {"id": "wamid.D", "status": "delivered", "timestamp": "1764145800", "recipient_id": "919876543213"}]}}]}]}""";
        String signature = "sha256=" + HexFormat.of().formatHex(HmacSha256.of("app-secret-0123456789".getBytes(StandardCharsets.UTF_8),
                body.getBytes(StandardCharsets.UTF_8)));

        assertThat(webhook.isSigned(signature, body)).isTrue();
        assertThat(webhook.isSigned(signature, body + " ")).isFalse();
        assertThat(webhook.isSigned(signature.replace("sha256=", ""), body)).isFalse();
        assertThat(webhook.isSigned(null, body)).isFalse();
        assertThat(webhook.subscribes("subscribe", "verify-me")).isTrue();
        assertThat(webhook.subscribes("subscribe", "guess")).isFalse();
        assertThat(webhook.reports(body)).extracting(r -> r.reference() + ":" + r.status())
                .containsExactly("wamid.A:" + NotificationStatus.OPENED, "wamid.C:" + NotificationStatus.FAILED,
                        "wamid.D:" + NotificationStatus.DELIVERED);
    }
}
