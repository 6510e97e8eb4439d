package network.khata.api.messaging;

import java.util.UUID;

/** A message to send instead, under its own id, if the one before it finally fails. */
public record Fallback(UUID messageId, Channel channel, MessageContent content) {
}
