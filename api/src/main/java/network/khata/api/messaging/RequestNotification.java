package network.khata.api.messaging;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * One message on one channel. The message id is derived by whoever plans it, so asking again is idempotent.
 *
 * @param notificationId  the send request this message belongs to (one per owner request; several messages)
 * @param invoiceId       the invoice it is about, or null
 * @param fallbackTo      an email content to send if this SMS finally fails, or null (requests from before
 *                        {@code fallbacks})
 * @param fallbacks       what to send, in order, if this message finally fails (each in turn), or null
 * @param suppressReason  when not null, the message is recorded but not sent (opted out, frequency cap, no address)
 */
public record RequestNotification(@TargetAggregateIdentifier UUID messageId, UUID notificationId, UUID businessId,
                                  UUID customerId, UUID invoiceId, NotificationType type, Channel channel,
                                  MessageContent content, MessageContent fallbackTo, String suppressReason,
                                  List<Fallback> fallbacks) {
    public RequestNotification(UUID messageId, UUID notificationId, UUID businessId, UUID customerId, UUID invoiceId,
                               NotificationType type, Channel channel, MessageContent content, MessageContent fallbackTo,
                               String suppressReason) {
        this(messageId, notificationId, businessId, customerId, invoiceId, type, channel, content, fallbackTo, suppressReason, null);
    }
}
