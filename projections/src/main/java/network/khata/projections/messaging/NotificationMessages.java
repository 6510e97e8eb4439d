package network.khata.projections.messaging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/** Finds our message behind a provider's id for it (MSG91's delivery reports name only their own id). */
@Repository
public class NotificationMessages {
    private final JdbcTemplate jdbc;

    public NotificationMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UUID> byProviderMessageId(String channel, String providerMessageId) {
        return jdbc.queryForList("SELECT id FROM customer_notifications WHERE provider_message_id = ? AND channel = ?",
                UUID.class, providerMessageId, channel).stream().findFirst();
    }
}
