package network.khata.api.payments;

import network.khata.api.identity.HmacSha256;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Unguessable pay-link tokens. Invoice ids are derived from the business id and the invoice number, so an id in a link
 * would let anyone who knows a business's id reach its invoices; a token is the id followed by 128 bits of
 * HMAC-SHA256 over (kind, id) with a server key. Keys rotate: the first key signs, every listed key verifies, so links
 * already sent keep working until their key is dropped from the list.
 *
 * <p>Short links carry a {@linkplain #code code} instead: 96 bits of HMAC-SHA256 over (short, kind, id), 16 characters,
 * so that {@code <public url>/p/<code>} fits an SMS's {@code {#url#}} (about 50 characters at most). A code does not
 * hold its id: it is found in the codes registered when messages were planned, and then checked against the keys.
 */
public final class PayTokens {
    private static final int ID_BYTES = 16;
    private static final int MAC_BYTES = 16;
    private static final int CODE_BYTES = 12;
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{16}");
    private static final int MIN_KEY_LENGTH = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** What a token opens: one invoice, or what one customer owes one business (a party). */
    public enum Kind {
        INVOICE, BALANCE
    }

    private final List<byte[]> keys;

    /** @param keys the signing key first, then older keys still accepted; each at least 32 characters */
    public PayTokens(List<String> keys) {
        if (keys.isEmpty() || keys.stream().anyMatch(key -> key == null || key.strip().length() < MIN_KEY_LENGTH)) {
            throw new IllegalArgumentException("pay-link keys: at least one, each at least " + MIN_KEY_LENGTH + " characters");
        }
        this.keys = keys.stream().map(key -> key.strip().getBytes(StandardCharsets.UTF_8)).toList();
    }

    public String token(Kind kind, UUID id) {
        ByteBuffer token = ByteBuffer.allocate(ID_BYTES + MAC_BYTES);
        token.put(bytes(id)).put(mac(keys.get(0), kind, id));
        return ENCODER.encodeToString(token.array());
    }

    /** The id a token of this kind opens; empty for anything else (malformed, tampered, another kind, a dropped key). */
    public Optional<UUID> verify(Kind kind, String token) {
        byte[] raw;
        try {
            raw = token == null ? new byte[0] : Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length != ID_BYTES + MAC_BYTES) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(raw);
        UUID id = new UUID(buffer.getLong(), buffer.getLong());
        byte[] presented = new byte[MAC_BYTES];
        buffer.get(presented);
        return keys.stream().anyMatch(key -> MessageDigest.isEqual(mac(key, kind, id), presented))
                ? Optional.of(id) : Optional.empty();
    }

    /** The short form's code for (kind, id), signed with the signing key: 16 URL-safe characters. */
    public String code(Kind kind, UUID id) {
        return ENCODER.encodeToString(codeMac(keys.get(0), kind, id));
    }

    /** Whether the code was made for (kind, id) with one of the listed keys; false for anything malformed. */
    public boolean opens(String code, Kind kind, UUID id) {
        if (!looksLikeCode(code)) {
            return false;
        }
        byte[] presented = Base64.getUrlDecoder().decode(code);
        return keys.stream().anyMatch(key -> MessageDigest.isEqual(codeMac(key, kind, id), presented));
    }

    /** Whether this is the shape of a code (worth looking up). */
    public static boolean looksLikeCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    private static byte[] codeMac(byte[] key, Kind kind, UUID id) {
        return Arrays.copyOf(HmacSha256.of(key, ("short:" + kind.name()).getBytes(StandardCharsets.US_ASCII), bytes(id)), CODE_BYTES);
    }

    private static byte[] mac(byte[] key, Kind kind, UUID id) {
        return Arrays.copyOf(HmacSha256.of(key, kind.name().getBytes(StandardCharsets.US_ASCII), bytes(id)), MAC_BYTES);
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(ID_BYTES).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
