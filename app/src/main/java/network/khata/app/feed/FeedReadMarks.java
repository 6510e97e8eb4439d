package network.khata.app.feed;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

/**
 * How far each reader of a business has read its feed ({@code owner_feed_reads}): what a person did on the page, not a
 * fact of the business, so it is kept here rather than in the event store; it only ever moves forward.
 */
@Component
public class FeedReadMarks {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public FeedReadMarks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void readAll(UUID businessId, UUID readerId) {
        jdbc.update("""
                        INSERT INTO owner_feed_reads (business_id, reader_id, read_up_to) VALUES (?, ?, ?)
                        ON CONFLICT (business_id, reader_id) DO UPDATE SET read_up_to = greatest(owner_feed_reads.read_up_to, excluded.read_up_to)""",
                businessId, readerId, Timestamp.from(clock.instant()));
    }
}
