package network.khata.app.processing;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * When parked events are tried again ({@code khata.dead-letters.*}, {@link DeadLetterRetries}), defaults here and
 * nowhere else: every {@code retry-every} the due letters are offered, a letter being due
 * {@code first-backoff × 2^retries}, at most {@code max-backoff}, after its last try.
 */
@Validated
@ConfigurationProperties("khata.dead-letters")
public record DeadLetterSettings(@NotNull @DefaultValue("5s") Duration retryEvery,
                                 @NotNull @DefaultValue("5s") Duration firstBackoff,
                                 @NotNull @DefaultValue("10m") Duration maxBackoff) {
}
