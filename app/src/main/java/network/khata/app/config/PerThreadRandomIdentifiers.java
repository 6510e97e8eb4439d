package network.khata.app.config;

import org.axonframework.common.IdentifierFactory;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * The identifiers Axon gives every message (commands, events, results): random UUIDs as before, from a secure random
 * generator of each thread's own. Axon's default takes {@code UUID.randomUUID()}, whose one generator is shared by all
 * threads behind a lock: under load the request threads and every processor's work packages queued on it (seconds of
 * blocked time a minute in a profile). Registered for Axon's {@code ServiceLoader} in
 * {@code META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public final class PerThreadRandomIdentifiers extends IdentifierFactory {
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(PerThreadRandomIdentifiers::generator);

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG"); // an instance of its own, seeded from the system's entropy
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no DRBG secure random generator", e);
        }
    }

    @Override
    public String generateIdentifier() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[6] = (byte) (bytes[6] & 0x0f | 0x40);  // version 4: random
        bytes[8] = (byte) (bytes[8] & 0x3f | 0x80);  // the IETF variant
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = high << 8 | bytes[i] & 0xff;
            low = low << 8 | bytes[i + 8] & 0xff;
        }
        return new UUID(high, low).toString();
    }
}
