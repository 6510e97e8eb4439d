package network.khata.api.identity;


import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Makes, hashes and seals one-time codes with keys derived from one server secret. The hash (HMAC-SHA256, keyed, so a
 * six-digit code cannot be found by trying all of them) is what verification compares against; the sealed form
 * (AES-GCM) lets the SMS sender read the code from the event without the event store ever holding it in the clear.
 */
public final class OtpCodec {
    public static final int DIGITS = 6;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec hashKey;
    private final SecretKeySpec sealKey;

    public OtpCodec(String serverSecret) {
        if (serverSecret == null || serverSecret.length() < 32) {
            throw new IllegalArgumentException("the OTP secret must have at least 32 characters");
        }
        this.hashKey = new SecretKeySpec(derive(serverSecret, "otp-hash"), "HmacSHA256");
        this.sealKey = new SecretKeySpec(derive(serverSecret, "otp-seal"), "AES");
    }

    public String newCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    public String hash(UUID customerId, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            byte[] digest = mac.doFinal((customerId + ":" + code).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(UUID customerId, String code, String expectedHash) {
        return MessageDigest.isEqual(hash(customerId, code).getBytes(StandardCharsets.UTF_8),
                expectedHash.getBytes(StandardCharsets.UTF_8));
    }

    public String seal(String code) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(code.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String unseal(String sealedCode) {
        try {
            byte[] all = Base64.getDecoder().decode(sealedCode);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a sealed code that this server's key does not open", e);
        }
    }

    private static byte[] derive(String secret, String purpose) {
        return HmacSha256.of(secret.getBytes(StandardCharsets.UTF_8), purpose.getBytes(StandardCharsets.UTF_8));
    }
}
