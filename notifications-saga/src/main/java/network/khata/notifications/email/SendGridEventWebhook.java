package network.khata.notifications.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.api.messaging.NotificationStatus;
import network.khata.notifications.ProviderReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SendGrid's signed event webhook: each request is signed with ECDSA (P-256, SHA-256) over the timestamp header
 * followed by the raw body; the public key (base64 DER, from SendGrid's settings) checks it. Events map to statuses:
 * delivered; open and click: opened; bounce and dropped: bounced. Others (processed, deferred) change nothing. A
 * timestamp more than {@link #WINDOW} away from now is refused, so a signed request cannot be replayed later.
 */
public class SendGridEventWebhook {
    public static final String SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature";
    public static final String TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp";
    private static final Map<String, NotificationStatus> STATUSES = Map.of(
            "delivered", NotificationStatus.DELIVERED, "open", NotificationStatus.OPENED, "click", NotificationStatus.OPENED,
            "bounce", NotificationStatus.BOUNCED, "dropped", NotificationStatus.BOUNCED);

    /** How far a request's timestamp may be from now: a signed request replayed later is refused. */
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final PublicKey publicKey;
    private final ObjectMapper json;
    private final Clock clock;

    public SendGridEventWebhook(String publicKeyBase64, ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
        try {
            this.publicKey = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("khata.email.sendgrid.webhook-public-key is not a base64 EC public key", e);
        }
    }

    public boolean isSigned(String signatureBase64, String timestamp, String payload) {
        if (signatureBase64 == null || timestamp == null || payload == null || !recent(timestamp)) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(publicKey);
            verifier.update((timestamp + payload).getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private boolean recent(String timestamp) {
        try {
            Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
            return Duration.between(signedAt, clock.instant()).abs().compareTo(WINDOW) <= 0;
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return false;
        }
    }

    /** @throws IOException when the body is not SendGrid's JSON array of events */
    public List<ProviderReport> reports(String payload) throws IOException {
        JsonNode events = json.readTree(payload);
        if (!events.isArray()) {
            throw new IOException("expected a JSON array of events");
        }
        List<ProviderReport> reports = new ArrayList<>();
        for (JsonNode event : events) {
            Optional.ofNullable(STATUSES.get(event.path("event").asText()))
                    .filter(status -> event.hasNonNull("message_id"))
                    .ifPresent(status -> reports.add(new ProviderReport(event.get("message_id").asText(), false, status,
                            event.path("reason").asText(event.path("event").asText()))));
        }
        return reports;
    }
}
