package network.khata.api.messaging;

import network.khata.api.sequencing.CustomerEvent;

import java.util.List;
import java.util.UUID;

/** A message was asked for; when {@code suppressReason} is set it is recorded but will never be sent. */
public record NotificationRequested(UUID messageId, UUID notificationId, UUID businessId, UUID customerId,
                                    UUID invoiceId, NotificationType type, Channel channel, MessageContent content,
                                    MessageContent fallbackTo, String suppressReason, List<Fallback> fallbacks)
        implements CustomerEvent {
    public NotificationRequested(UUID messageId, UUID notificationId, UUID businessId, UUID customerId, UUID invoiceId,
                                 NotificationType type, Channel channel, MessageContent content, MessageContent fallbackTo,
                                 String suppressReason) {
        this(messageId, notificationId, businessId, customerId, invoiceId, type, channel, content, fallbackTo, suppressReason, null);
    }

    /**
     * The fallbacks on channels the owner asked for: they carry the send's own message id for their channel, the send
     * answered them as queued, and so each must end visibly (sent in turn, or suppressed with a reason).
     */
    public List<Fallback> askedFallbacks() {
        return fallbackChain().stream().filter(fallback -> fallback.messageId()
                .equals(fallback.channel().messageIdOf(notificationId))).toList();
    }

    /** What to send if this message finally fails, in order: the fallbacks, or an older request's email. */
    public List<Fallback> fallbackChain() {
        if (fallbacks != null) {
            return fallbacks;
        }
        return fallbackTo == null ? List.of()
                : List.of(new Fallback(network.khata.api.identity.NetworkIds.messageId(messageId, "email-fallback"), Channel.EMAIL, fallbackTo));
    }
}
