package network.khata.query.feed;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Answers {@link FindFeed} from {@code owner_feed}: the business's own rows, and its customers' own news from the time
 * each became its customer; unread is what happened after the reader's last "read" ({@code owner_feed_reads}).
 */
@Component
public class FeedQueries {
    private static final String OF_BUSINESS = """
            FROM owner_feed f JOIN parties p ON p.business_id = ? AND p.customer_id = f.customer_id
            WHERE (f.business_id = ? OR (f.business_id IS NULL AND f.happened_at >= p.created_at))""";

    private final JdbcTemplate jdbc;

    public FeedQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Feed handle(FindFeed query) {
        Timestamp readUpTo = Timestamp.from(jdbc.queryForList(
                "SELECT read_up_to FROM owner_feed_reads WHERE business_id = ? AND reader_id = ?", Timestamp.class,
                query.businessId(), query.readerId()).stream().findFirst().map(Timestamp::toInstant).orElse(Instant.EPOCH));
        List<Feed.Item> items = jdbc.query("SELECT f.*, p.name, (SELECT i.invoice_number FROM invoices i WHERE i.id = f.invoice_id) "
                        + "AS invoice_number " + OF_BUSINESS + " ORDER BY f.happened_at DESC, f.event_id DESC LIMIT ?",
                (rs, row) -> {
                    BigDecimal amount = rs.getBigDecimal("amount");
                    Timestamp at = rs.getTimestamp("happened_at");
                    return new Feed.Item(at.toInstant(), rs.getString("kind"), rs.getObject("customer_id", UUID.class),
                            rs.getString("name"), rs.getObject("invoice_id", UUID.class), rs.getString("invoice_number"),
                            amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP), rs.getString("detail"), at.after(readUpTo));
                }, query.businessId(), query.businessId(), query.limit());
        Long unread = jdbc.queryForObject("SELECT count(*) " + OF_BUSINESS + " AND f.happened_at > ?", Long.class,
                query.businessId(), query.businessId(), readUpTo);
        return new Feed(items, unread == null ? 0 : unread);
    }
}
