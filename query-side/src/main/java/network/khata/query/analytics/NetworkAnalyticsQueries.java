package network.khata.query.analytics;

import org.axonframework.queryhandling.QueryHandler;
import network.khata.api.businesses.BusinessTimeZone;
import network.khata.projections.analytics.EngagementMeasure;
import network.khata.projections.analytics.EngagementMetrics;
import network.khata.query.analytics.NetworkAnalyticsReport.DailyTrend;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the analytics report of one business over the last N days (in its time zone, today included): the summary
 * is the measure of the whole period as it stands now; the trend is the stored daily rows, and for a day not closed
 * yet (today) the same measure computed on the spot.
 */
@Component
public class NetworkAnalyticsQueries {
    public static final Map<String, Integer> PERIODS = Map.of("last_7_days", 7, "last_30_days", 30, "last_90_days", 90);

    private final EngagementMetrics metrics;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public NetworkAnalyticsQueries(EngagementMetrics metrics, JdbcTemplate jdbc, Clock clock) {
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    public NetworkAnalyticsReport handle(FindNetworkAnalytics query) {
        UUID businessId = query.businessId();
        String period = query.period();
        ZoneId zone = metrics.zoneOf(businessId).orElse(BusinessTimeZone.DEFAULT);
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first = today.minusDays(PERIODS.get(period) - 1L);
        EngagementMeasure m = metrics.measure(businessId, first.atStartOfDay(zone).toInstant(), now);

        Map<LocalDate, DailyTrend> stored = jdbc.query("""
                        SELECT metric_date, new_customers_count, verified_customers_count, active_customers_count,
                          invoices_sent_count, notifications_sent_count, portal_logins_count, payments_received
                        FROM customer_engagement_metrics WHERE business_id = ? AND metric_date BETWEEN ? AND ?""",
                (rs, row) -> new DailyTrend(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getBigDecimal(8)), businessId, first, today)
                .stream().collect(Collectors.toMap(DailyTrend::date, Function.identity()));
        List<DailyTrend> trend = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            LocalDate date = day;
            trend.add(stored.computeIfAbsent(day, missing -> computed(businessId, zone, date)));
        }
        return new NetworkAnalyticsReport(period, first, today,
                new NetworkAnalyticsReport.Summary(m.totalCustomers(), m.verifiedCustomersTotal(), m.activeCustomers(),
                        m.newCustomers(), m.invoicesSent(), m.notificationsSent()),
                new NetworkAnalyticsReport.Engagement(m.notificationOpenRate(), m.notificationDeliveryRate(), m.portalAccessRate(),
                        m.repeatCustomerRate()),
                new NetworkAnalyticsReport.PaymentImpact(m.avgPaymentDays(), m.avgPaymentDaysNotified(), m.avgPaymentDaysNotNotified(),
                        m.paymentVelocityImpact(), m.collectionRate()),
                trend);
    }

    private DailyTrend computed(UUID businessId, ZoneId zone, LocalDate day) {
        EngagementMeasure m = metrics.measure(businessId, day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
        return new DailyTrend(day, m.newCustomers(), m.verifiedCustomers(), m.activeCustomers(), m.invoicesSent(),
                m.notificationsSent(), m.portalLogins(), m.paymentsReceived());
    }
}
