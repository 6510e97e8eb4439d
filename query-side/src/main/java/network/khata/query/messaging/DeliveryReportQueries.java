package network.khata.query.messaging;

import network.khata.query.messaging.DeliveryReport.ChannelCounts;
import network.khata.query.messaging.DeliveryReport.Summary;
import network.khata.query.messaging.DeliveryReport.TypeCounts;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import network.khata.api.messaging.Channel;
import java.util.Map;

/**
 * Answers {@link FindDeliveryReport} from {@code customer_notifications}: messages created in the period (dates in the
 * business's time zone), counted by status, by channel and by type. Suppressed messages are not counted as sent.
 */
@Component
public class DeliveryReportQueries {
    private final JdbcTemplate jdbc;

    public DeliveryReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Counts(long sent, long delivered, long opened, long failed, long bounced, long pending) {
        long reached() {
            return delivered + opened;
        }

        long accepted() {
            return sent + delivered + opened;
        }
    }

    @QueryHandler
    public DeliveryReport handle(FindDeliveryReport query) {
        String zone = jdbc.queryForObject("SELECT time_zone FROM businesses WHERE id = ?", String.class, query.businessId());
        Timestamp from = Timestamp.from(query.from().atStartOfDay(java.time.ZoneId.of(zone)).toInstant());
        Timestamp to = Timestamp.from(query.to().plusDays(1).atStartOfDay(java.time.ZoneId.of(zone)).toInstant());
        Map<String, Counts> byChannel = counts("channel", query, from, to);
        Map<String, Counts> byType = counts("notification_type", query, from, to);
        Counts all = byChannel.values().stream().reduce(new Counts(0, 0, 0, 0, 0, 0), DeliveryReportQueries::add);

        long total = all.accepted() + all.failed() + all.bounced() + all.pending();
        Map<String, ChannelCounts> channels = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            Counts c = byChannel.getOrDefault(channel.code(), new Counts(0, 0, 0, 0, 0, 0));
            long attempted = c.accepted() + c.failed() + c.bounced() + c.pending();
            // an email is opened; a WhatsApp message is read (its webhook's "read" is recorded as opened)
            channels.put(channel.code(), new ChannelCounts(attempted, c.reached(), c.failed() + c.bounced(), c.pending(),
                    rate(c.reached(), c.accepted()), rate(c.bounced(), c.accepted() + c.bounced()),
                    channel == Channel.EMAIL ? rate(c.opened(), c.accepted()) : null,
                    channel == Channel.WHATSAPP ? rate(c.opened(), c.accepted()) : null));
        }
        Map<String, TypeCounts> types = new LinkedHashMap<>();
        byType.forEach((type, c) -> types.put(type, new TypeCounts(c.accepted() + c.failed() + c.bounced() + c.pending(),
                c.reached(), rate(c.opened(), c.accepted()))));
        return new DeliveryReport(query.from() + " to " + query.to(),
                new Summary(total, all.accepted(), all.failed() + all.bounced(), all.pending(),
                        rate(all.bounced(), all.accepted() + all.bounced())),
                channels, types);
    }

    private Map<String, Counts> counts(String dimension, FindDeliveryReport query, Timestamp from, Timestamp to) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        jdbc.query("""
                        SELECT %s AS key,
                          count(*) FILTER (WHERE status = 'sent') AS sent,
                          count(*) FILTER (WHERE status = 'delivered') AS delivered,
                          count(*) FILTER (WHERE status = 'opened') AS opened,
                          count(*) FILTER (WHERE status = 'failed') AS failed,
                          count(*) FILTER (WHERE status = 'bounced') AS bounced,
                          count(*) FILTER (WHERE status = 'pending') AS pending
                        FROM customer_notifications
                        WHERE business_id = ? AND created_at >= ? AND created_at < ? AND status <> 'suppressed'
                        GROUP BY %s ORDER BY %s""".formatted(dimension, dimension, dimension),
                rs -> {
                    counts.put(rs.getString("key"), new Counts(rs.getLong("sent"), rs.getLong("delivered"), rs.getLong("opened"),
                            rs.getLong("failed"), rs.getLong("bounced"), rs.getLong("pending")));
                }, query.businessId(), from, to);
        return counts;
    }

    private static Counts add(Counts a, Counts b) {
        return new Counts(a.sent() + b.sent(), a.delivered() + b.delivered(), a.opened() + b.opened(),
                a.failed() + b.failed(), a.bounced() + b.bounced(), a.pending() + b.pending());
    }

    /** A percentage with one decimal, or null when there is nothing to divide by. */
    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
