package network.khata.projections.analytics;

import network.khata.api.identity.NetworkIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Computes {@link EngagementMeasure}s from the analytics facts, and keeps the daily rows of
 * {@code customer_engagement_metrics}. One query defines every metric, for a day's row and for any period alike.
 */
@Repository
public class EngagementMetrics {
    static final Duration ACTIVE_WINDOW = Duration.ofDays(7);

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public EngagementMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The business's time zone, once the business is known to analytics. */
    public Optional<ZoneId> zoneOf(UUID businessId) {
        return jdbc.queryForList("SELECT time_zone FROM analytics_businesses WHERE business_id = ?", String.class, businessId)
                .stream().findFirst().map(ZoneId::of);
    }

    /** The first day the business has in analytics (the day it registered, in its zone). */
    public Optional<LocalDate> firstDay(UUID businessId) {
        return jdbc.queryForList("SELECT registered_at, time_zone FROM analytics_businesses WHERE business_id = ?", businessId)
                .stream().findFirst().map(row -> ((Timestamp) row.get("registered_at")).toInstant()
                        .atZone(ZoneId.of((String) row.get("time_zone"))).toLocalDate());
    }

    public Optional<LocalDate> lastRowDay(UUID businessId) {
        return Optional.ofNullable(jdbc.queryForObject(
                "SELECT max(metric_date) FROM customer_engagement_metrics WHERE business_id = ?", LocalDate.class, businessId));
    }

    /** Metrics of the interval [from, to): flows within it, stocks at its end. */
    public EngagementMeasure measure(UUID businessId, Instant from, Instant to) {
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(to);
        Timestamp activeSince = Timestamp.from(to.minus(ACTIVE_WINDOW));
        return named.queryForObject("""
                WITH customers AS (
                    SELECT c.customer_id, c.registered_at,
                           CASE WHEN v.verified_at IS NOT NULL THEN greatest(c.registered_at, v.verified_at) END AS verified_at
                    FROM analytics_customers c LEFT JOIN analytics_verifications v ON v.customer_id = c.customer_id
                    WHERE c.business_id = :businessId AND c.registered_at < :end),
                invoices AS (
                    SELECT i.*, (i.paid_at < :end) AS paid, (i.notified_at IS NOT NULL AND i.notified_at < i.paid_at) AS notified
                    FROM analytics_invoices i WHERE i.business_id = :businessId AND i.created_at < :end),
                paid_in AS (SELECT * FROM invoices WHERE paid_at >= :start AND paid_at < :end),
                -- customers with two invoices or more, counted once (not a count of invoices per customer per customer)
                repeaters AS (SELECT customer_id FROM invoices GROUP BY customer_id HAVING count(*) >= 2),
                messages AS (SELECT * FROM analytics_messages WHERE business_id = :businessId AND sent_at >= :start AND sent_at < :end)
                SELECT
                  (SELECT count(*) FROM customers) AS total_customers,
                  (SELECT count(*) FROM customers WHERE registered_at >= :start) AS new_customers,
                  (SELECT count(*) FROM customers WHERE verified_at < :end) AS verified_total,
                  (SELECT count(*) FROM customers WHERE verified_at >= :start AND verified_at < :end) AS verified,
                  (SELECT count(*) FROM customers c WHERE EXISTS (SELECT 1 FROM analytics_sign_ins s
                      WHERE s.customer_id = c.customer_id AND s.signed_in_at >= :activeSince AND s.signed_in_at < :end)) AS active,
                  (SELECT count(DISTINCT invoice_id) FROM messages) AS invoices_sent,
                  (SELECT count(*) FROM messages) AS notifications_sent,
                  -- opened: an email opened or a WhatsApp message read; delivered: to the phone, by SMS or WhatsApp
                  (SELECT 100.0 * count(opened_at) / nullif(count(*), 0) FROM messages WHERE channel IN ('email', 'whatsapp')) AS open_rate,
                  (SELECT 100.0 * count(delivered_at) / nullif(count(*), 0) FROM messages WHERE channel IN ('sms', 'whatsapp')) AS delivery_rate,
                  (SELECT avg(payment_days) FROM paid_in) AS avg_days,
                  (SELECT avg(payment_days) FROM paid_in WHERE notified) AS avg_days_notified,
                  (SELECT avg(payment_days) FROM paid_in WHERE NOT notified) AS avg_days_not_notified,
                  (SELECT 100.0 * count(*) FILTER (WHERE paid) / nullif(count(*), 0) FROM invoices) AS collection_rate,
                  (SELECT 100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM analytics_sign_ins s
                      WHERE s.customer_id = c.customer_id AND s.signed_in_at < :end)) / nullif(count(*), 0) FROM customers c) AS access_rate,
                  (SELECT 100.0 * count(*) FILTER (WHERE c.customer_id IN (SELECT customer_id FROM repeaters))
                      / nullif(count(*), 0) FROM customers c) AS repeat_rate,
                  (SELECT count(*) FROM analytics_sign_ins s JOIN customers c ON c.customer_id = s.customer_id
                      WHERE s.signed_in_at >= :start AND s.signed_in_at < :end) AS portal_logins,
                  (SELECT coalesce(sum(amount), 0) FROM analytics_payments
                      WHERE business_id = :businessId AND recorded_at >= :start AND recorded_at < :end) AS payments_received""",
                new MapSqlParameterSource("businessId", businessId).addValue("start", start).addValue("end", end)
                        .addValue("activeSince", activeSince),
                (rs, row) -> measure(rs));
    }

    private static EngagementMeasure measure(ResultSet rs) throws SQLException {
        BigDecimal notified = rate(rs, "avg_days_notified");
        BigDecimal notNotified = rate(rs, "avg_days_not_notified");
        BigDecimal impact = notified == null || notNotified == null || notNotified.signum() == 0 ? null
                : notNotified.subtract(notified).multiply(BigDecimal.valueOf(100)).divide(notNotified, 2, RoundingMode.HALF_UP);
        return new EngagementMeasure(rs.getInt("total_customers"), rs.getInt("new_customers"), rs.getInt("verified_total"),
                rs.getInt("verified"), rs.getInt("active"), rs.getInt("invoices_sent"), rs.getInt("notifications_sent"),
                rate(rs, "open_rate"), rate(rs, "delivery_rate"), rate(rs, "avg_days"), notified, notNotified, impact,
                rate(rs, "collection_rate"), rate(rs, "access_rate"), rate(rs, "repeat_rate"), rs.getInt("portal_logins"),
                rs.getBigDecimal("payments_received").setScale(2, RoundingMode.HALF_UP));
    }

    private static BigDecimal rate(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Computes and stores the row of each day from {@code first} to {@code last}, both included. */
    public void writeDays(UUID businessId, ZoneId zone, LocalDate first, LocalDate last) {
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            writeDay(businessId, zone, day);
        }
    }

    private void writeDay(UUID businessId, ZoneId zone, LocalDate day) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        EngagementMeasure m = measure(businessId, start, end);
        named.update("""
                        INSERT INTO customer_engagement_metrics (id, business_id, metric_date, new_customers_count,
                          verified_customers_count, active_customers_count, invoices_sent_count, notifications_sent_count,
                          notification_open_rate, notification_delivery_rate, avg_payment_days, payment_velocity_impact,
                          collection_rate, portal_access_rate, repeat_customer_rate, customer_satisfaction_score,
                          portal_logins_count, payments_received, created_at)
                        VALUES (:id, :businessId, :day, :newCustomers, :verified, :active, :invoicesSent, :notificationsSent,
                          :openRate, :deliveryRate, :avgPaymentDays, :velocityImpact, :collectionRate, :accessRate,
                          :repeatRate, NULL, :portalLogins, :paymentsReceived, :createdAt)
                        ON CONFLICT (business_id, metric_date) DO UPDATE SET
                          new_customers_count = excluded.new_customers_count,
                          verified_customers_count = excluded.verified_customers_count,
                          active_customers_count = excluded.active_customers_count,
                          invoices_sent_count = excluded.invoices_sent_count,
                          notifications_sent_count = excluded.notifications_sent_count,
                          notification_open_rate = excluded.notification_open_rate,
                          notification_delivery_rate = excluded.notification_delivery_rate,
                          avg_payment_days = excluded.avg_payment_days,
                          payment_velocity_impact = excluded.payment_velocity_impact,
                          collection_rate = excluded.collection_rate,
                          portal_access_rate = excluded.portal_access_rate,
                          repeat_customer_rate = excluded.repeat_customer_rate,
                          portal_logins_count = excluded.portal_logins_count,
                          payments_received = excluded.payments_received""",
                new MapSqlParameterSource("id", NetworkIds.metricsRowId(businessId, day))
                        .addValue("businessId", businessId).addValue("day", day)
                        .addValue("newCustomers", m.newCustomers()).addValue("verified", m.verifiedCustomers())
                        .addValue("active", m.activeCustomers()).addValue("invoicesSent", m.invoicesSent())
                        .addValue("notificationsSent", m.notificationsSent()).addValue("openRate", m.notificationOpenRate())
                        .addValue("deliveryRate", m.notificationDeliveryRate()).addValue("avgPaymentDays", m.avgPaymentDays())
                        .addValue("velocityImpact", m.paymentVelocityImpact()).addValue("collectionRate", m.collectionRate())
                        .addValue("accessRate", m.portalAccessRate()).addValue("repeatRate", m.repeatCustomerRate())
                        .addValue("portalLogins", m.portalLogins()).addValue("paymentsReceived", m.paymentsReceived())
                        .addValue("createdAt", Timestamp.from(end)));
    }

    /**
     * Keeps the business's headline metrics over all its history ({@code analytics_standing}), which the network
     * benchmark compares: the measure of everything up to the end of time, so a replay writes the same figures.
     */
    public void writeStanding(UUID businessId) {
        EngagementMeasure m = measure(businessId, Instant.EPOCH, END_OF_TIME);
        BigDecimal verification = m.totalCustomers() == 0 ? null : BigDecimal.valueOf(100L * m.verifiedCustomersTotal())
                .divide(BigDecimal.valueOf(m.totalCustomers()), 2, RoundingMode.HALF_UP);
        jdbc.update("""
                        INSERT INTO analytics_standing (business_id, customers, verification_rate, portal_access_rate, days_to_pay,
                          collection_rate, repeat_customer_rate) VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (business_id) DO UPDATE SET customers = excluded.customers,
                          verification_rate = excluded.verification_rate, portal_access_rate = excluded.portal_access_rate,
                          days_to_pay = excluded.days_to_pay, collection_rate = excluded.collection_rate,
                          repeat_customer_rate = excluded.repeat_customer_rate""",
                businessId, m.totalCustomers(), verification, m.portalAccessRate(), m.avgPaymentDays(), m.collectionRate(),
                m.repeatCustomerRate());
    }

    private static final Instant END_OF_TIME = Instant.parse("9999-01-01T00:00:00Z");

    /** Serialises the projection and the rollup on one business, so neither writes a row from facts the other is changing. */
    public void lock(UUID businessId) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext(?))", "analytics:" + businessId);
    }

    public List<UUID> businesses() {
        return jdbc.queryForList("SELECT business_id FROM analytics_businesses ORDER BY business_id", UUID.class);
    }
}
