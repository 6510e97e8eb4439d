package network.khata.api.verification;

import java.time.Duration;

/**
 * The rules of a one-time code, kept by the {@code NetworkCustomer} aggregate and told to customers by the portal:
 * written once here so that what the portal says is what the aggregate does.
 */
public final class OtpRules {
    /** How long a code is accepted. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    /** How long after a code before another may be sent. */
    public static final Duration RESEND_INTERVAL = Duration.ofSeconds(60);
    /** Wrong tries that lock a code. */
    public static final int MAX_WRONG_CODES = 5;
    /** Codes one phone may be sent in an hour, whichever path asks. */
    public static final int CODES_PER_HOUR = 5;

    private OtpRules() {
    }
}
