package network.khata.notifications.email;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import network.khata.api.messaging.NotificationStatus;
import network.khata.notifications.DeliveryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real sendgrid-java client against a local server that answers as SendGrid's v3 mail send does. */
class SendGridEmailSenderTest {
    private static final WireMockServer SENDGRID = new WireMockServer(options().dynamicPort());
    private static SendGridEmailSender sender;

    @BeforeAll
    static void start() {
        SENDGRID.start();
        sender = new SendGridEmailSender(new SendGridEmailSender.SendGridSettings("http://127.0.0.1:" + SENDGRID.port(),
                "SG.test-key", "billing@khata.example", "Khata Network", Duration.ofMillis(500)));
    }

    @AfterAll
    static void stop() {
        SENDGRID.stop();
    }

    @BeforeEach
    void reset() {
        SENDGRID.resetAll();
    }

    private static EmailMessage invoice() {
        return new EmailMessage("ramesh@example.com", "Invoice INV-001", "Dear Ramesh",
                List.of(new EmailMessage.Attachment("INV-001.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))),
                "message-42");
    }

    @Test
    void aMailIsSentWithTrackingOurIdAndTheAttachment() {
        SENDGRID.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg-abc")));

        assertThat(sender.send(invoice())).isEqualTo("sg-abc");

        SENDGRID.verify(postRequestedFor(urlEqualTo("/v3/mail/send"))
                .withHeader("Authorization", equalTo("Bearer SG.test-key"))
                .withRequestBody(matchingJsonPath("$.personalizations[0].to[0].email", equalTo("ramesh@example.com")))
                .withRequestBody(matchingJsonPath("$.from.email", equalTo("billing@khata.example")))
                .withRequestBody(matchingJsonPath("$.subject", equalTo("Invoice INV-001")))
                .withRequestBody(matchingJsonPath("$.custom_args.message_id", equalTo("message-42")))
                .withRequestBody(matchingJsonPath("$.tracking_settings.open_tracking.enable", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.tracking_settings.click_tracking.enable", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.attachments[0].filename", equalTo("INV-001.pdf")))
                .withRequestBody(matchingJsonPath("$.attachments[0].content",
                        equalTo(Base64.getEncoder().encodeToString("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))))));
    }

    @Test
    void serverErrorsAndTimeOutsMayPassRefusalsWillNot() {
        SENDGRID.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> sender.send(invoice())).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e.permanent()).isFalse());
        SENDGRID.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(202).withFixedDelay(2000)));
        assertThatThrownBy(() -> sender.send(invoice())).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e.permanent()).isFalse());
        SENDGRID.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(400)
                .withBody("{\"errors\":[{\"message\":\"Does not contain a valid address.\"}]}")));
        assertThatThrownBy(() -> sender.send(invoice())).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e).hasMessageContaining("valid address").matches(DeliveryException::permanent));
    }

    @Test
    void onlyEventsSignedWithSendGridsKeyAreBelievedAndTheyMapToStatuses() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair sendGridKeys = generator.generateKeyPair();
        SendGridEventWebhook webhook = new SendGridEventWebhook(
                Base64.getEncoder().encodeToString(sendGridKeys.getPublic().getEncoded()), new ObjectMapper(),
                java.time.Clock.fixed(java.time.Instant.ofEpochSecond(1795543570 + 60), java.time.ZoneOffset.UTC));
        String payload = """
                [{"email": "ramesh@example.com", "event": "delivered", "message_id": "m-1", "sg_message_id": "sg-1"},
                 {"email": "ramesh@example.com", "event": "open", "message_id": "m-1"},
                 {"email": "x@example.com", "event": "bounce", "reason": "mailbox unavailable", "message_id": "m-2"},
                 {"email": "x@example.com", "event": "processed", "message_id": "m-2"}]""";
        String timestamp = "1795543570";
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(sendGridKeys.getPrivate());
        signer.update((timestamp + payload).getBytes(StandardCharsets.UTF_8));
        String signature = Base64.getEncoder().encodeToString(signer.sign());

        assertThat(webhook.isSigned(signature, timestamp, payload)).isTrue();
        assertThat(webhook.isSigned(signature, timestamp, payload.replace("bounce", "open"))).isFalse();
        assertThat(webhook.isSigned(signature, "1795543571", payload)).isFalse();
        assertThat(webhook.isSigned(null, timestamp, payload)).isFalse();
        for (long signedAt : new long[]{1795543570 - 600, 1795543570 + 600, 1_000_000_000}) {   // replayed, or from 2001
            String old = String.valueOf(signedAt);
            signer.initSign(sendGridKeys.getPrivate());
            signer.update((old + payload).getBytes(StandardCharsets.UTF_8));
            assertThat(webhook.isSigned(Base64.getEncoder().encodeToString(signer.sign()), old, payload)).as(old).isFalse();
        }
        assertThat(webhook.reports(payload)).extracting(r -> r.reference() + ":" + r.status())
                .containsExactly("m-1:" + NotificationStatus.DELIVERED, "m-1:" + NotificationStatus.OPENED,
                        "m-2:" + NotificationStatus.BOUNCED);
    }
}
