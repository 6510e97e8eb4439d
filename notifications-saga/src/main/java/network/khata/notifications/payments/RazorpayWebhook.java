package network.khata.notifications.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import network.khata.api.identity.HmacSha256;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Razorpay's webhooks: {@code X-Razorpay-Signature} is the hex HMAC-SHA256 of the raw body with the webhook secret.
 * {@code payment_link.paid} and {@code payment.captured} name a payment of one of our links (the notes we gave the
 * link carry the invoice and business); both may arrive for one payment, and each may arrive many times: the payment id
 * keeps the recording to one.
 */
public class RazorpayWebhook {
    public static final String SIGNATURE_HEADER = "X-Razorpay-Signature";
    private static final Set<String> METHODS = Set.of("upi", "card", "netbanking");
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final byte[] secret;
    private final ObjectMapper json;

    /** A payment Razorpay took for one of our invoices; amount in rupees. */
    public record ReportedPayment(UUID invoiceId, UUID businessId, String paymentId, BigDecimal amount, LocalDate paidOn,
                                  String method) {
    }

    public RazorpayWebhook(String secret, ObjectMapper json) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    public boolean isSigned(String signature, String payload) {
        if (signature == null || payload == null) {
            return false;
        }
        try {
            byte[] expected = HmacSha256.of(secret, payload.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature.strip().toLowerCase()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The payment the event reports, if it is a payment of one of our invoices. @throws IOException when not JSON */
    public Optional<ReportedPayment> payment(String payload) throws IOException {
        JsonNode event = json.readTree(payload);
        String type = event.path("event").asText();
        if (!type.equals("payment_link.paid") && !type.equals("payment.captured")) {
            return Optional.empty();
        }
        JsonNode payment = event.at("/payload/payment/entity");
        JsonNode notes = type.equals("payment_link.paid") ? event.at("/payload/payment_link/entity/notes") : payment.path("notes");
        Optional<UUID> invoice = uuid(notes.path("invoice_id").asText(null));
        Optional<UUID> business = uuid(notes.path("business_id").asText(null));
        String paymentId = payment.path("id").asText("");
        if (invoice.isEmpty() || business.isEmpty() || paymentId.isEmpty() || !payment.path("amount").canConvertToLong()) {
            return Optional.empty();
        }
        String method = payment.path("method").asText("");
        Instant at = payment.has("created_at") ? Instant.ofEpochSecond(payment.path("created_at").asLong()) : Instant.now();
        return Optional.of(new ReportedPayment(invoice.get(), business.get(), "razorpay:" + paymentId,
                BigDecimal.valueOf(payment.path("amount").asLong(), 2), LocalDate.ofInstant(at, INDIA),
                METHODS.contains(method) ? method : "other"));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.ofNullable(text).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
