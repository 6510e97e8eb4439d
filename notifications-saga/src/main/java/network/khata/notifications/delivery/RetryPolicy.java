package network.khata.notifications.delivery;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * How often and when a message is tried again: {@code khata.notifications.retry.max-attempts} attempts in all,
 * waiting {@code initial-backoff} after the first failure and {@code multiplier} times longer after each next one,
 * never longer than {@code max-backoff}.
 */
@Component
public class RetryPolicy {
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final double multiplier;
    private final Duration maxBackoff;

    public RetryPolicy(@Value("${khata.notifications.retry.max-attempts:6}") int maxAttempts,
                       @Value("${khata.notifications.retry.initial-backoff:PT30S}") Duration initialBackoff,
                       @Value("${khata.notifications.retry.multiplier:3}") double multiplier,
                       @Value("${khata.notifications.retry.max-backoff:PT30M}") Duration maxBackoff) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.multiplier = multiplier;
        this.maxBackoff = maxBackoff;
    }

    public boolean mayRetryAfter(int attempts) {
        return attempts < maxAttempts;
    }

    /** The wait after the {@code attempts}-th failed attempt. */
    public Duration backoffAfter(int attempts) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, attempts - 1);
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }
}
