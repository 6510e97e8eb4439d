package network.khata.notifications.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import network.khata.notifications.delivery.DeliveryException;
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
                "invoice-template", Map.of("otp", "otp-template"), Duration.ofMillis(500)), new ObjectMapper());
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
        return new SmsMessage("+919876543210", "123456 is your code", "otp", "m-1");
    }

    @Test
    void aMessageIsPostedToTheFlowApiWithTheTemplateOfItsPurpose() {
        MSG91.stubFor(post("/api/v5/flow").willReturn(okJson("{\"type\": \"success\", \"message\": \"3567686c6c4a313431313734\"}")));

        assertThat(sender.send(otp())).isEqualTo("3567686c6c4a313431313734");

        MSG91.verify(postRequestedFor(urlEqualTo("/api/v5/flow"))
                .withHeader("authkey", equalTo("test-auth-key"))
                .withRequestBody(equalToJson("""
                        {"template_id": "otp-template", "short_url": "0",
                         "recipients": [{"mobiles": "919876543210", "message": "123456 is your code"}]}""")));
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
