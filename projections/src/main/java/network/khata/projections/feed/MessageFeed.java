package network.khata.projections.feed;

import network.khata.projections.messaging.CustomerNotificationsProjection;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The feed's messages: a reminder that went out (once per reminder, however many channels carried it) and a message of
 * a business to its customer that finally failed. Told by the customer-notifications group from the message row it has
 * just updated ({@link #COLUMNS}, read back by {@link #ROW}); codes and the owners' own alerts name no business and are
 * not the feed's.
 */
@Component
public class MessageFeed {
    private static final String GROUP = CustomerNotificationsProjection.GROUP;
    /** What the group's update returns of the message row. */
    public static final String COLUMNS = "notification_id, business_id, customer_id, invoice_id, notification_type, channel";
    public static final RowMapper<Message> ROW = (rs, row) -> new Message(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6));

    private final OwnerFeed feed;

    public MessageFeed(OwnerFeed feed) {
        this.feed = feed;
    }

    public record Message(UUID notificationId, UUID businessId, UUID customerId, UUID invoiceId, String type, String channel) {
        boolean ofABusiness() {
            return businessId != null && !List.of("otp", "owner_alert").contains(type);
        }
    }

    public void sent(Message message, Instant at) {
        if (message.ofABusiness() && "payment_reminder".equals(message.type())) {
            feed.add(GROUP, new OwnerFeed.Item("reminder/" + message.notificationId(), message.businessId(), message.customerId(),
                    at, "reminder_sent", message.invoiceId(), null, message.channel()));
        }
    }

    public void failed(Message message, String eventId, Instant at) {
        if (message.ofABusiness()) {
            feed.add(GROUP, new OwnerFeed.Item(eventId, message.businessId(), message.customerId(), at, "message_failed",
                    message.invoiceId(), null, message.channel()));
        }
    }

    public void clear() {
        feed.clear(GROUP);
    }
}
