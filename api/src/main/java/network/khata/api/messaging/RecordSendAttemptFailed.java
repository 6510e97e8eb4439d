package network.khata.api.messaging;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** An attempt that failed and will be tried again at {@code retryAt}. */
public record RecordSendAttemptFailed(@TargetAggregateIdentifier UUID messageId, int attempt, String reason,
                                      Instant retryAt) {
}
