package network.khata.command.identity;

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
    /** Codes one phone may be sent in an hour on each path (the owner's welcome codes, the portal's). */
    public static final int CODES_PER_HOUR = 5;
    /** Wrong codes one phone takes in a day, from everyone, before it accepts none until the oldest is a day old. */
    public static final int WRONG_CODES_PER_DAY = 50;

    private OtpRules() {
    }
}
