package network.khata.projections.messaging;

import network.khata.api.messaging.NotificationAttemptFailed;
import network.khata.api.messaging.NotificationFailed;
import network.khata.api.messaging.NotificationRequested;
import network.khata.api.messaging.NotificationSent;
import network.khata.api.messaging.NotificationStatus;
import network.khata.api.messaging.NotificationStatusReported;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import network.khata.projections.feed.MessageFeed;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Table {@code customer_notifications} (spec table 22): one row per message and where it stands; and, from the row it
 * has just updated (no second read on the path of every message), the owner's feed of reminders sent and messages that
 * finally failed ({@link MessageFeed}).
 */
@Component
@ProcessingGroup(CustomerNotificationsProjection.GROUP)
public class CustomerNotificationsProjection {
    public static final String GROUP = "customer-notifications";

    private final JdbcTemplate jdbc;
    private final MessageFeed feed;

    public CustomerNotificationsProjection(JdbcTemplate jdbc, MessageFeed feed) {
        this.jdbc = jdbc;
        this.feed = feed;
    }

    @EventHandler
    void on(NotificationRequested event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO customer_notifications (id, notification_id, business_id, customer_id, invoice_id,
                          notification_type, channel, recipient, subject, message_body, status, failure_reason,
                          created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                event.messageId(), event.notificationId(), event.businessId(), event.customerId(), event.invoiceId(),
                event.type().code(), event.channel().code(), event.content().recipient(), event.content().subject(),
                event.content().body(),
                (event.suppressReason() == null ? NotificationStatus.PENDING : NotificationStatus.SUPPRESSED).code(),
                event.suppressReason(), Timestamp.from(at), Timestamp.from(at));
    }

    @EventHandler
    void on(NotificationAttemptFailed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE customer_notifications SET attempts = ?, failure_reason = ?, updated_at = ? WHERE id = ?",
                event.attempt(), event.reason(), Timestamp.from(at), event.messageId());
    }

    /** The message is sent; a reminder's first sent message tells the owner's feed ({@link MessageFeed}). */
    @EventHandler
    void on(NotificationSent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.query("""
                        UPDATE customer_notifications SET status = ?, provider_message_id = ?, attempts = ?, sent_at = ?,
                          failure_reason = NULL, updated_at = ? WHERE id = ?""" + " RETURNING " + MessageFeed.COLUMNS,
                MessageFeed.ROW, NotificationStatus.SENT.code(), event.providerMessageId(), event.attempt(), Timestamp.from(at),
                Timestamp.from(at), event.messageId()).forEach(message -> feed.sent(message, at));
    }

    /** The message finally failed; a business's message to its customer tells the owner's feed. */
    @EventHandler
    void on(NotificationFailed event, @MessageIdentifier String eventId, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.query("UPDATE customer_notifications SET status = ?, failure_reason = ?, updated_at = ? WHERE id = ? RETURNING "
                        + MessageFeed.COLUMNS, MessageFeed.ROW, NotificationStatus.FAILED.code(), event.reason(), Timestamp.from(at),
                event.messageId()).forEach(message -> feed.failed(message, eventId, at));
    }

    @EventHandler
    void on(NotificationStatusReported event, @org.axonframework.eventhandling.Timestamp Instant at) {
        String column = switch (event.status()) {
            case DELIVERED -> "delivered_at";
            case OPENED -> "opened_at";
            default -> "updated_at";
        };
        boolean failure = event.status() == NotificationStatus.BOUNCED || event.status() == NotificationStatus.FAILED;
        jdbc.update("UPDATE customer_notifications SET status = ?, " + column + " = ?, "
                        + "failure_reason = coalesce(?, failure_reason), updated_at = ? WHERE id = ?",
                event.status().code(), Timestamp.from(at), failure ? event.detail() : null, Timestamp.from(at), event.messageId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM customer_notifications");
        feed.clear();
    }
}
