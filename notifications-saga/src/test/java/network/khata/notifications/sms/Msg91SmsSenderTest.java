package network.khata.notifications.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import network.khata.notifications.DeliveryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real MSG91 client against a local server that answers as MSG91's Flow API does. */
class Msg91SmsSenderTest {
    private static final WireMockServer MSG91 = new WireMockServer(options().dynamicPort());
    private static Msg91SmsSender sender;

    @BeforeAll
    static void start() {
        MSG91.start();
        sender = new Msg91SmsSender(new Msg91SmsSender.Msg91Settings("http://127.0.0.1:" + MSG91.port(), "test-auth-key",
                false, Duration.ofMillis(500)), TestCatalogue.complete(), new ObjectMapper());
    }

    @AfterAll
    static void stop() {
        MSG91.stop();
    }

    @BeforeEach
    void reset() {
        MSG91.resetAll();
    }

    private static SmsMessage otp() {
        return new SmsMessage("+919876543210", "123456 is your Khata Network verification code.", "otp", "m-1", "otp", "en",
                Map.of("otp", "123456"));
    }

    @Test
    void aMessageNamesTheFlowOfItsTemplateAndLanguageAndCarriesOnlyItsVariables() {
        MSG91.stubFor(post("/api/v5/flow").willReturn(okJson("{\"type\": \"success\", \"message\": \"3567686c6c4a313431313734\"}")));

        assertThat(sender.send(otp())).isEqualTo("3567686c6c4a313431313734");
        sender.send(new SmsMessage("+919876543210", "…", "payment_reminder", "m-2", "reminder", "hi", Map.of(
                "business", "खाद भंडार", "amount", "1,25,000.00", "invoice", "INV-7", "due", "05-12-2026",
                "link", "https://khata.example/pay/i/abc")));

        MSG91.verify(postRequestedFor(urlEqualTo("/api/v5/flow"))
                .withHeader("authkey", equalTo("test-auth-key"))
                .withRequestBody(equalToJson("""
                        {"template_id": "flow-otp-en", "sender": "KHATAN", "short_url": "0", "unicode": "0",
                         "recipients": [{"mobiles": "919876543210", "otp": "123456"}]}""")));
        MSG91.verify(postRequestedFor(urlEqualTo("/api/v5/flow"))
                .withRequestBody(equalToJson("""
                        {"template_id": "flow-reminder-hi", "sender": "KHATAN", "short_url": "0", "unicode": "1",
                         "recipients": [{"mobiles": "919876543210", "business": "खाद भंडार", "amount": "1,25,000.00",
                                         "invoice": "INV-7", "due": "05-12-2026", "link": "https://khata.example/pay/i/abc"}]}""")));
    }

    @Test
    void aMessageWithoutARegisteredTemplateIsNeverSent() {
        assertThatThrownBy(() -> sender.send(new SmsMessage("+919876543210", "free text", "invoice_created", "m-3", null, null, null)))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isTrue());
        MSG91.verify(0, postRequestedFor(urlEqualTo("/api/v5/flow")));
    }

    @Test
    void anIncompleteCatalogueIsRefusedNamingWhatIsMissing() {
        assertThatThrownBy(() -> new SmsCatalogue("KHATAN", Map.of()))
                .hasMessageContaining("khata.sms.catalogue.invoice_created.hi.flow-id")
                .hasMessageContaining("khata.sms.catalogue.otp.en.dlt-template-id");
        assertThatThrownBy(() -> new SmsCatalogue(" ", TestCatalogue.complete().registrations())).hasMessageContaining("khata.sms.sender");
    }

    @Test
    void serverErrorsRateLimitsAndTimeOutsMayPass() {
        MSG91.stubFor(post("/api/v5/flow").willReturn(aResponse().withStatus(503).withBody("busy")));
        assertThatThrownBy(() -> sender.send(otp())).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e.permanent()).isFalse());
        MSG91.stubFor(post("/api/v5/flow").willReturn(aResponse().withStatus(429)));
        assertThatThrownBy(() -> sender.send(otp())).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e.permanent()).isFalse());
        MSG91.stubFor(post("/api/v5/flow").willReturn(okJson("{\"type\": \"success\", \"message\": \"x\"}").withFixedDelay(2000)));
        assertThatThrownBy(() -> sender.send(otp())).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e.permanent()).isFalse());
    }

    @Test
    void aRefusalWillNotPass() {
        MSG91.stubFor(post("/api/v5/flow").willReturn(aResponse().withStatus(401).withBody("{\"type\":\"error\",\"message\":\"Unauthorized\"}")));
        assertThatThrownBy(() -> sender.send(otp())).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e.permanent()).isTrue());
        MSG91.stubFor(post("/api/v5/flow").willReturn(okJson("{\"type\": \"error\", \"message\": \"Invalid mobile number\"}")));
        assertThatThrownBy(() -> sender.send(otp())).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e).hasMessageContaining("Invalid mobile number").matches(DeliveryException::permanent));
    }

    @Test
    void deliveryReportsNeedTheTokenAndMapMsg91Statuses() throws Exception {
        Msg91DeliveryReports reports = new Msg91DeliveryReports("s3cret-token", new ObjectMapper());
        assertThat(reports.isAuthentic("s3cret-token")).isTrue();
        assertThat(reports.isAuthentic("guess")).isFalse();
        assertThat(reports.isAuthentic(null)).isFalse();
        assertThat(reports.reports("""
                [{"requestId": "r1", "report": [{"number": "919876543210", "status": "1", "desc": "DELIVERED"}]},
                 {"requestId": "r2", "report": [{"number": "919876543211", "status": "16", "desc": "Rejected"}]},
                 {"requestId": "r3", "report": [{"number": "919876543212", "status": "8", "desc": "Submitted"}]}]"""))
                .extracting(r -> r.reference() + ":" + r.status().code())
                .containsExactly("r1:delivered", "r2:failed");
    }
}
