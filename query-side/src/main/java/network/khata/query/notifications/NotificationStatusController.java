package network.khata.query.notifications;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import network.khata.api.identity.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/** {@code GET /api/notifications/{notification_id}}: where each message of one send request stands. */
@RestController
public class NotificationStatusController {
    private final JdbcTemplate jdbc;

    public NotificationStatusController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record MessageStatus(UUID messageId, String channel, String notificationType, String recipient, String status,
                                int attempts, String failureReason, Instant sentAt, Instant deliveredAt, Instant openedAt) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record NotificationStatus(UUID notificationId, UUID invoiceId, List<MessageStatus> messages) {
    }

    @GetMapping("/api/notifications/{notificationId}")
    public NotificationStatus status(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner, @PathVariable UUID notificationId) {
        List<UUID> invoice = jdbc.queryForList("SELECT DISTINCT invoice_id FROM customer_notifications "
                + "WHERE notification_id = ? AND business_id = ?", UUID.class, notificationId, owner.businessId());
        List<MessageStatus> messages = jdbc.query("""
                        SELECT * FROM customer_notifications WHERE notification_id = ? AND business_id = ?
                        ORDER BY created_at, channel""",
                (rs, row) -> new MessageStatus(rs.getObject("id", UUID.class), rs.getString("channel"),
                        rs.getString("notification_type"), rs.getString("recipient"), rs.getString("status"),
                        rs.getInt("attempts"), rs.getString("failure_reason"), instant(rs.getTimestamp("sent_at")),
                        instant(rs.getTimestamp("delivered_at")), instant(rs.getTimestamp("opened_at"))),
                notificationId, owner.businessId());
        if (messages.isEmpty()) {
            throw new NoSuchElementException("no notification " + notificationId + " in this business (yet)");
        }
        return new NotificationStatus(notificationId, invoice.isEmpty() ? null : invoice.get(0), messages);
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
