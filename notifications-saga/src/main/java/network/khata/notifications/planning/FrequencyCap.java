package network.khata.notifications.planning;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * At most {@code khata.notifications.cap.per-day} messages to one customer in any 24 hours, counted over what the
 * planner let through. The planner runs one event at a time per customer, so the count and the record cannot race.
 */
@Component
public class FrequencyCap {
    private static final Duration WINDOW = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final int perDay;

    public FrequencyCap(JdbcTemplate jdbc, @Value("${khata.notifications.cap.per-day:10}") int perDay) {
        this.jdbc = jdbc;
        this.perDay = perDay;
    }

    /** Records the message when the customer has room for it; false when the cap is reached. */
    boolean admit(UUID customerId, UUID messageId, Instant now) {
        Integer recent = jdbc.queryForObject("SELECT count(*) FROM notification_sends WHERE customer_id = ? AND planned_at > ? AND message_id <> ?",
                Integer.class, customerId, Timestamp.from(now.minus(WINDOW)), messageId);
        if (recent != null && recent >= perDay) {
            return false;
        }
        jdbc.update("INSERT INTO notification_sends (message_id, customer_id, planned_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                messageId, customerId, Timestamp.from(now));
        return true;
    }
}
