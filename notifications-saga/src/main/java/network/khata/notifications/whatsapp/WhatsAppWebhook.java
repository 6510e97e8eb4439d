package network.khata.notifications.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.api.identity.HmacSha256;
import network.khata.api.messaging.NotificationStatus;
import network.khata.notifications.ProviderReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * WhatsApp Cloud API webhooks: the subscription handshake ({@code GET} with {@code hub.mode=subscribe}, our verify
 * token, and a challenge to echo) and status updates ({@code POST}) signed in {@code X-Hub-Signature-256} as
 * {@code sha256=<hex HMAC-SHA256 of the raw body with the app secret>}. Statuses map: delivered, read (as opened),
 * failed; {@code sent} is what the API's answer already said.
 */
public class WhatsAppWebhook {
    public static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
    private static final Map<String, NotificationStatus> STATUSES = Map.of(
            "delivered", NotificationStatus.DELIVERED, "read", NotificationStatus.OPENED, "failed", NotificationStatus.FAILED);

    private final byte[] appSecret;
    private final String verifyToken;
    private final ObjectMapper json;

    public WhatsAppWebhook(String appSecret, String verifyToken, ObjectMapper json) {
        this.appSecret = appSecret.getBytes(StandardCharsets.UTF_8);
        this.verifyToken = verifyToken;
        this.json = json;
    }

    /** The handshake: whether Meta may subscribe with this token. */
    public boolean subscribes(String mode, String token) {
        return "subscribe".equals(mode) && token != null
                && MessageDigest.isEqual(verifyToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isSigned(String signature, String payload) {
        if (signature == null || payload == null || !signature.startsWith("sha256=")) {
            return false;
        }
        try {
            return MessageDigest.isEqual(HmacSha256.of(appSecret, payload.getBytes(StandardCharsets.UTF_8)),
                    HexFormat.of().parseHex(signature.substring("sha256=".length()).toLowerCase()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** @throws IOException when the body is not WhatsApp's JSON */
    public List<ProviderReport> reports(String payload) throws IOException {
        List<ProviderReport> reports = new ArrayList<>();
        for (JsonNode entry : json.readTree(payload).path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                for (JsonNode status : change.path("value").path("statuses")) {
                    NotificationStatus mapped = STATUSES.get(status.path("status").asText());
                    if (mapped != null) {
                        reports.add(new ProviderReport(status.path("id").asText(), true, mapped,
                                status.path("errors").path(0).path("title").asText(null)));
                    }
                }
            }
        }
        return reports;
    }
}
