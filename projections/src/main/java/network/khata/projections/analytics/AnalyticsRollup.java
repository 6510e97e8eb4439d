package network.khata.projections.analytics;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Closes days: gives every business a row for each day up to yesterday in its own time zone, also for days without
 * events (stocks such as active customers move with the calendar). Rows that exist are left to the projection, which
 * rewrites them whenever a fact changes; so the rollup may run at any time and as often as wanted.
 */
@Component
public class AnalyticsRollup {
    private final EngagementMetrics metrics;
    private final TransactionTemplate transactions;

    public AnalyticsRollup(EngagementMetrics metrics, TransactionTemplate transactions) {
        this.metrics = metrics;
        this.transactions = transactions;
    }

    /** @return how many businesses were brought up to date */
    public int closeDaysBefore(Instant now) {
        int closed = 0;
        for (UUID business : metrics.businesses()) {
            closed += transactions.execute(status -> closeDays(business, now)) ? 1 : 0;
        }
        return closed;
    }

    private boolean closeDays(UUID businessId, Instant now) {
        ZoneId zone = metrics.zoneOf(businessId).orElseThrow();
        metrics.lock(businessId);
        LocalDate yesterday = now.atZone(zone).toLocalDate().minusDays(1);
        LocalDate from = metrics.lastRowDay(businessId).map(day -> day.plusDays(1))
                .orElseGet(() -> metrics.firstDay(businessId).orElse(yesterday));
        if (from.isAfter(yesterday)) {
            return false;
        }
        metrics.writeDays(businessId, zone, from, yesterday);
        return true;
    }
}
