package network.khata.projections.analytics;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When a business's daily rows are rewritten after its facts changed. Rewriting a day counts over all of the
 * business's customers, so a busy business rewritten on every batch of events made analytics the largest cost of the
 * database under load (a third of a second per batch at 23,000 customers) and fell further behind as it grew. So a
 * business is rewritten at once unless its last rewrite was costly (over {@link #COSTLY}) and less than
 * {@link #AT_MOST_EVERY} ago; then what changed is kept in {@code analytics_stale}, in the batch's own transaction (it
 * survives a restart and moves with the tracking token), and {@link #rewriteStale} catches it up within a second or
 * two. The rows are the same either way; a small business's rows never wait.
 */
@Component
public class AnalyticsRewrites {
    static final Duration AT_MOST_EVERY = Duration.ofSeconds(1);
    static final Duration COSTLY = Duration.ofMillis(50);

    /** The earliest and latest moment facts of one business changed. */
    record Span(Instant from, Instant to) {
        static Span at(Instant moment) {
            return new Span(moment, moment);
        }

        Span union(Span other) {
            return new Span(from.isBefore(other.from) ? from : other.from, to.isAfter(other.to) ? to : other.to);
        }
    }

    private final JdbcTemplate jdbc;
    private final EngagementMetrics metrics;
    private final TransactionTemplate transactions;
    private final long costlyNanos;
    /** When each business whose last rewrite was costly finished it; a business whose rewrites are cheap is not here. */
    private final Map<UUID, Long> costlyRewriteEnded = new ConcurrentHashMap<>();

    @Autowired
    public AnalyticsRewrites(JdbcTemplate jdbc, EngagementMetrics metrics, TransactionTemplate transactions) {
        this(jdbc, metrics, transactions, COSTLY);
    }

    AnalyticsRewrites(JdbcTemplate jdbc, EngagementMetrics metrics, TransactionTemplate transactions, Duration costly) {
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.transactions = transactions;
        this.costlyNanos = costly.toNanos();
    }

    /** Facts of the business changed in this span: its rows are rewritten now, or marked stale if a costly rewrite just was. */
    void changed(UUID businessId, Span span) {
        Long ended = costlyRewriteEnded.get(businessId);
        if (ended != null && System.nanoTime() - ended < AT_MOST_EVERY.toNanos()) {
            jdbc.update("""
                    INSERT INTO analytics_stale (business_id, changed_from, changed_to) VALUES (?, ?, ?)
                    ON CONFLICT (business_id) DO UPDATE SET changed_from = least(analytics_stale.changed_from, excluded.changed_from),
                      changed_to = greatest(analytics_stale.changed_to, excluded.changed_to)""",
                    businessId, Timestamp.from(span.from()), Timestamp.from(span.to()));
            return;
        }
        rewriteNow(businessId, span);
    }

    /** Rewrites the business's rows for this span and for whatever was stale, whenever it was last rewritten. */
    void rewriteNow(UUID businessId, Span span) {
        metrics.lock(businessId);
        rewrite(businessId, takeStale(businessId).map(span::union).orElse(span));
    }

    /** Rewrites every business marked stale, each in a transaction of its own; answers how many. */
    public int rewriteStale() {
        List<UUID> stale = jdbc.queryForList("SELECT business_id FROM analytics_stale", UUID.class);
        for (UUID businessId : stale) {
            transactions.executeWithoutResult(status -> {
                metrics.lock(businessId);
                takeStale(businessId).ifPresent(span -> rewrite(businessId, span));
            });
        }
        return stale.size();
    }

    private Optional<Span> takeStale(UUID businessId) {
        return jdbc.query("DELETE FROM analytics_stale WHERE business_id = ? RETURNING changed_from, changed_to",
                (rs, row) -> new Span(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()), businessId)
                .stream().findFirst();
    }

    /**
     * Rewrites the rows from the first changed day through the later of the last changed day and the latest row, and
     * fills any days between the latest row and the first changed day: a business's rows run without gaps from the
     * day it registered. The caller holds the business's lock.
     */
    private void rewrite(UUID businessId, Span span) {
        ZoneId zone = metrics.zoneOf(businessId).orElse(null);
        if (zone == null) {
            return; // facts of a business analytics has not seen registered: counted once it is
        }
        LocalDate firstChanged = span.from().atZone(zone).toLocalDate();
        LocalDate lastChanged = span.to().atZone(zone).toLocalDate();
        long started = System.nanoTime();
        Optional<LocalDate> lastRow = metrics.lastRowDay(businessId);
        LocalDate first = lastRow.map(day -> day.plusDays(1)).filter(day -> day.isBefore(firstChanged)).orElse(firstChanged);
        LocalDate last = lastRow.filter(day -> day.isAfter(lastChanged)).orElse(lastChanged);
        metrics.writeDays(businessId, zone, first, last);
        metrics.writeStanding(businessId);
        long ended = System.nanoTime();
        if (ended - started >= costlyNanos) {
            costlyRewriteEnded.put(businessId, ended);
        } else {
            costlyRewriteEnded.remove(businessId);
        }
    }

    /** Forgets what is stale, before a replay rebuilds the rows. */
    void clear() {
        jdbc.update("DELETE FROM analytics_stale");
        costlyRewriteEnded.clear();
    }
}
