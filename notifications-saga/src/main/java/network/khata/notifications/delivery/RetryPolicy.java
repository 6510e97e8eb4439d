package network.khata.notifications.delivery;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * How often and when a message is tried again: {@code khata.notifications.retry.max-attempts} attempts in all,
 * waiting {@code initial-backoff} after the first failure and {@code multiplier} times longer after each next one,
 * never longer than {@code max-backoff}. A message whose invoice is not in the read models yet ({@link ContentNotReady})
 * is looked at again every {@code content-wait}, {@code content-waits} times, before that counts as a failed attempt.
 */
@Component
public class RetryPolicy {
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final double multiplier;
    private final Duration maxBackoff;
    private final Duration contentWait;
    private final int contentWaits;

    public RetryPolicy(@Value("${khata.notifications.retry.max-attempts:6}") int maxAttempts,
                       @Value("${khata.notifications.retry.initial-backoff:PT30S}") Duration initialBackoff,
                       @Value("${khata.notifications.retry.multiplier:3}") double multiplier,
                       @Value("${khata.notifications.retry.max-backoff:PT30M}") Duration maxBackoff,
                       @Value("${khata.notifications.retry.content-wait:PT1S}") Duration contentWait,
                       @Value("${khata.notifications.retry.content-waits:60}") int contentWaits) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.multiplier = multiplier;
        this.maxBackoff = maxBackoff;
        this.contentWait = contentWait;
        this.contentWaits = contentWaits;
    }

    public boolean mayRetryAfter(int attempts) {
        return attempts < maxAttempts;
    }

    /** The wait after the {@code attempts}-th failed attempt. */
    public Duration backoffAfter(int attempts) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, attempts - 1);
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }

    /** Whether a message may wait once more for its content, having waited {@code waits} times. */
    public boolean mayWaitForContent(int waits) {
        return waits < contentWaits;
    }

    public Duration contentWait() {
        return contentWait;
    }
}
