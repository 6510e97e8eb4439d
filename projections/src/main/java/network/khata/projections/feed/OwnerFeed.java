package network.khata.projections.feed;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the owner's feed ({@code owner_feed}) for the groups that take the events it tells of: one row per event, by
 * event id (redelivery writes nothing twice), marked with the group that wrote it so that a replay of that group
 * rebuilds its own rows only.
 */
@Component
public class OwnerFeed {
    private final JdbcTemplate jdbc;

    public OwnerFeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One thing that happened; {@code businessId} null for a customer's own event, seen by each business of theirs. */
    public record Item(String eventId, UUID businessId, UUID customerId, Instant at, String kind, UUID invoiceId,
                       BigDecimal amount, String detail) {
    }

    public void add(String source, Item item) {
        jdbc.update("""
                        INSERT INTO owner_feed (event_id, business_id, customer_id, happened_at, kind, invoice_id, amount, detail, source)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                item.eventId(), item.businessId(), item.customerId(), Timestamp.from(item.at()), item.kind(), item.invoiceId(),
                item.amount(), item.detail(), source);
    }

    public void clear(String source) {
        jdbc.update("DELETE FROM owner_feed WHERE source = ?", source);
    }
}
