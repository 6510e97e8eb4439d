package network.khata.notifications.delivery;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How often and when a message is tried again ({@code khata.notifications.retry.*}, defaults here and nowhere else; a
 * wrong value stops start-up with the key's name): {@code max-attempts} attempts in all, waiting
 * {@code initial-backoff} after the first failure and {@code multiplier} times longer after each next one, never longer
 * than {@code max-backoff}. A message whose invoice is not in the read models yet ({@link ContentNotReady}) is looked
 * at again every {@code content-wait}, {@code content-waits} times, before that counts as a failed attempt.
 */
@Validated
@ConfigurationProperties("khata.notifications.retry")
public record RetryPolicy(@Min(1) @Max(100) @DefaultValue("6") int maxAttempts,
                          @NotNull @DefaultValue("30s") Duration initialBackoff,
                          @DecimalMin("1.0") @DefaultValue("3") double multiplier,
                          @NotNull @DefaultValue("30m") Duration maxBackoff,
                          @NotNull @DefaultValue("1s") Duration contentWait,
                          @Min(0) @DefaultValue("60") int contentWaits) {

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
}
