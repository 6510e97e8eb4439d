package network.khata.projections.feed;

import network.khata.api.notification.NotificationFailed;
import network.khata.api.notification.NotificationSent;
import network.khata.projections.notifications.CustomerNotificationsProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The feed's messages: a reminder that went out (once per reminder, however many channels carried it) and a message to
 * a customer that finally failed. Written by the customer-notifications group, which has just recorded the message.
 */
@Component
@ProcessingGroup(CustomerNotificationsProjection.GROUP)
public class MessageFeed {
    private final OwnerFeed feed;
    private final JdbcTemplate jdbc;

    public MessageFeed(OwnerFeed feed, JdbcTemplate jdbc) {
        this.feed = feed;
        this.jdbc = jdbc;
    }

    private record Message(UUID notificationId, UUID businessId, UUID customerId, UUID invoiceId, String type, String channel) {
    }

    @EventHandler
    void on(NotificationSent event, @Timestamp Instant at) {
        message(event.messageId()).filter(message -> "payment_reminder".equals(message.type())).ifPresent(message ->
                feed.add(CustomerNotificationsProjection.GROUP, new OwnerFeed.Item("reminder/" + message.notificationId(),
                        message.businessId(), message.customerId(), at, "reminder_sent", message.invoiceId(), null, message.channel())));
    }

    @EventHandler
    void on(NotificationFailed event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        message(event.messageId()).filter(message -> !List.of("otp", "owner_alert").contains(message.type())).ifPresent(message ->
                feed.add(CustomerNotificationsProjection.GROUP, new OwnerFeed.Item(eventId, message.businessId(),
                        message.customerId(), at, "message_failed", message.invoiceId(), null, message.channel())));
    }

    /** A message of a business to its customer, as the group recorded it (none for codes and owners' own alerts). */
    private java.util.Optional<Message> message(UUID messageId) {
        return jdbc.query("""
                        SELECT notification_id, business_id, customer_id, invoice_id, notification_type, channel
                        FROM customer_notifications WHERE id = ? AND business_id IS NOT NULL""",
                (rs, row) -> new Message(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6)), messageId).stream().findFirst();
    }

    @ResetHandler
    void reset() {
        feed.clear(CustomerNotificationsProjection.GROUP);
    }
}
