package network.khata.api.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic identities (RFC 4122 name-based, SHA-1): one network customer per phone, one party per business and
 * customer. Deriving them is what makes registration idempotent without a lookup table (see docs/decisions.md).
 */
public final class NetworkIds {
    private static final UUID CUSTOMER_NAMESPACE = UUID.fromString("6f1c1a52-3c1e-4d55-9d5e-6b8f6a1c0a01");
    private static final UUID PARTY_NAMESPACE = UUID.fromString("0b7e4a8d-51a2-4f3c-8e0a-2c9d7f4e6b02");
    private static final UUID INVOICE_NAMESPACE = UUID.fromString("3d2f8e61-7a4b-4c9e-b1d3-5e7f9a0c2b03");
    private static final UUID MESSAGE_NAMESPACE = UUID.fromString("9a4c2e7f-1b3d-4f5a-8c6e-0d2b4f6a8c04");
    private static final UUID METRICS_NAMESPACE = UUID.fromString("5c8e1f3a-2d4b-4e6c-9f1a-3b5d7e9f1c05");
    private static final UUID MEMBER_NAMESPACE = UUID.fromString("7e2a4c6f-8b1d-4a3e-9c5f-1d3b5e7a9c06");

    private NetworkIds() {
    }

    /** @param e164Phone a phone already normalised to E.164 */
    public static UUID customerId(String e164Phone) {
        return nameBased(CUSTOMER_NAMESPACE, e164Phone);
    }

    /** One team member (owner or staff, of any number of businesses) per phone, apart from the customer of that phone. */
    public static UUID memberId(String e164Phone) {
        return nameBased(MEMBER_NAMESPACE, e164Phone);
    }

    public static UUID partyId(UUID businessId, UUID customerId) {
        return nameBased(PARTY_NAMESPACE, businessId + "/" + customerId);
    }

    /** One invoice per business and invoice number, so creating it again is idempotent. */
    public static UUID invoiceId(UUID businessId, String invoiceNumber) {
        return nameBased(INVOICE_NAMESPACE, businessId + "/" + invoiceNumber);
    }

    /** A message derived from another one (a channel of a notification, a fallback of a message). */
    public static UUID messageId(UUID origin, String purpose) {
        return nameBased(MESSAGE_NAMESPACE, origin + "/" + purpose);
    }

    /** The daily metrics row of one business and day, the same however often it is rebuilt. */
    public static UUID metricsRowId(UUID businessId, java.time.LocalDate day) {
        return nameBased(METRICS_NAMESPACE, businessId + "/" + day);
    }

    static UUID nameBased(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(namespace));
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xff);
                lsb = (lsb << 8) | (hash[i + 8] & 0xff);
            }
            return new UUID(msb, lsb);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (uuid.getMostSignificantBits() >>> (8 * (7 - i)));
            bytes[i + 8] = (byte) (uuid.getLeastSignificantBits() >>> (8 * (7 - i)));
        }
        return bytes;
    }
}
