package network.khata.query.messaging;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/** Answers {@link FindNotificationStatus} from {@code customer_notifications}. */
@Component
public class NotificationStatusQueries {
    private final JdbcTemplate jdbc;

    public NotificationStatusQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public SendStatus handle(FindNotificationStatus query) {
        List<UUID> invoice = jdbc.queryForList("SELECT invoice_id FROM customer_notifications "
                + "WHERE notification_id = ? AND business_id = ? AND invoice_id IS NOT NULL LIMIT 1", UUID.class,
                query.notificationId(), query.businessId());
        List<SendStatus.MessageStatus> messages = jdbc.query("""
                        SELECT * FROM customer_notifications WHERE notification_id = ? AND business_id = ?
                        ORDER BY created_at, channel""", MessageStatusQueries::message, query.notificationId(), query.businessId());
        if (messages.isEmpty()) {
            throw new NoSuchElementException("no notification " + query.notificationId() + " in this business (yet)");
        }
        return new SendStatus(query.notificationId(), invoice.isEmpty() ? null : invoice.get(0), messages);
    }

}
