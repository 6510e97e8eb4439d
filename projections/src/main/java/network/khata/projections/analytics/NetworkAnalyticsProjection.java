package network.khata.projections.analytics;

import network.khata.api.businesses.BusinessTimeZone;
import network.khata.api.businesses.BusinessCategorised;
import network.khata.api.businesses.BusinessRegistered;
import network.khata.api.businesses.BusinessUpdated;
import network.khata.api.customers.CustomerRegistered;
import network.khata.api.invoices.InvoiceCreated;
import network.khata.api.invoices.InvoiceStatus;
import network.khata.api.invoices.PaymentRecorded;
import network.khata.api.messaging.NotificationRequested;
import network.khata.api.messaging.NotificationSent;
import network.khata.api.messaging.NotificationStatus;
import network.khata.api.messaging.NotificationStatusReported;
import network.khata.api.identity.CustomerSignedIn;
import network.khata.api.identity.PhoneVerified;
import network.khata.projections.analytics.AnalyticsRewrites.Span;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Network analytics, replayable: keeps the facts of each event, then rewrites the daily rows the event changes, from
 * the event's day (or the day of the message it reports on) through the business's latest row, at most once per batch
 * of events and, for a large business, about once a second ({@link AnalyticsRewrites}). Days without events get their
 * rows from {@link AnalyticsRollup}.
 */
@Component
@ProcessingGroup(NetworkAnalyticsProjection.GROUP)
public class NetworkAnalyticsProjection {
    public static final String GROUP = "network-analytics";

    private final JdbcTemplate jdbc;
    private final AnalyticsRewrites rewrites;

    public NetworkAnalyticsProjection(JdbcTemplate jdbc, AnalyticsRewrites rewrites) {
        this.jdbc = jdbc;
        this.rewrites = rewrites;
    }

    @EventHandler
    void on(BusinessRegistered event, @Timestamp Instant at) {
        String zone = BusinessTimeZone.orDefault(event.timeZone());
        jdbc.update("INSERT INTO analytics_businesses (business_id, time_zone, registered_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                event.businessId(), zone, ts(at));
        refresh(event.businessId(), at);
    }

    /** Days from now on are counted in the new zone; the rows of days already counted stay as they were. */
    @EventHandler
    void on(BusinessUpdated event) {
        jdbc.update("UPDATE analytics_businesses SET time_zone = ? WHERE business_id = ?", event.timeZone(), event.businessId());
    }

    /** Comparing businesses needs it; no row changes with it. */
    @EventHandler
    void on(BusinessCategorised event) {
        jdbc.update("UPDATE analytics_businesses SET category = ? WHERE business_id = ?", event.category().code(), event.businessId());
    }

    @EventHandler
    void on(CustomerRegistered event, @Timestamp Instant at) {
        jdbc.update("INSERT INTO analytics_customers (party_id, business_id, customer_id, registered_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", event.partyId(), event.businessId(), event.customerId(), ts(at));
        refresh(event.businessId(), at);
    }

    @EventHandler
    void on(PhoneVerified event, @Timestamp Instant at) {
        jdbc.update("INSERT INTO analytics_verifications (customer_id, verified_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.customerId(), ts(at));
        businessesOf(event.customerId()).forEach(business -> refresh(business, at));
    }

    @EventHandler
    void on(CustomerSignedIn event, @Timestamp Instant at) {
        jdbc.update("INSERT INTO analytics_sign_ins (customer_id, signed_in_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.customerId(), ts(at));
        businessesOf(event.customerId()).forEach(business -> refresh(business, at));
    }

    @EventHandler
    void on(InvoiceCreated event, @Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO analytics_invoices (invoice_id, business_id, customer_id, issue_date, amount, created_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.invoiceId(), event.businessId(), event.customerId(), event.issueDate(), event.amount(), ts(at));
        refresh(event.businessId(), at);
    }

    @EventHandler
    void on(PaymentRecorded event, @Timestamp Instant at) {
        jdbc.update("INSERT INTO analytics_payments (invoice_id, payment_id, business_id, amount, recorded_at) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", event.invoiceId(), event.paymentId(), event.businessId(), event.amount(), ts(at));
        if (event.status() == InvoiceStatus.PAID) {
            jdbc.update("UPDATE analytics_invoices SET paid_at = ?, payment_days = ? - issue_date WHERE invoice_id = ? AND paid_at IS NULL",
                    ts(at), event.paidOn(), event.invoiceId());
        }
        refresh(event.businessId(), at);
    }

    /** Messages of a business; OTPs for the portal (no business) are the customer's, not any business's. */
    @EventHandler
    void on(NotificationRequested event) {
        if (event.businessId() != null) {
            jdbc.update("INSERT INTO analytics_messages (message_id, business_id, invoice_id, channel) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", event.messageId(), event.businessId(), event.invoiceId(), event.channel().code());
        }
    }

    @EventHandler
    void on(NotificationSent event, @Timestamp Instant at) {
        List<Map<String, Object>> sent = jdbc.queryForList(
                "UPDATE analytics_messages SET sent_at = ? WHERE message_id = ? AND sent_at IS NULL RETURNING business_id, invoice_id",
                ts(at), event.messageId());
        for (Map<String, Object> message : sent) {
            if (message.get("invoice_id") != null) {
                jdbc.update("UPDATE analytics_invoices SET notified_at = ? WHERE invoice_id = ? AND notified_at IS NULL",
                        ts(at), message.get("invoice_id"));
            }
            refresh((UUID) message.get("business_id"), at);
        }
    }

    /** A delivery or an open changes the rates of the day the message was sent. */
    @EventHandler
    void on(NotificationStatusReported event, @Timestamp Instant at) {
        boolean opened = event.status() == NotificationStatus.OPENED;
        if (!opened && event.status() != NotificationStatus.DELIVERED) {
            return;
        }
        // an open implies delivery
        List<Map<String, Object>> reported = jdbc.queryForList("""
                        UPDATE analytics_messages SET delivered_at = coalesce(delivered_at, ?),
                          opened_at = CASE WHEN ? THEN coalesce(opened_at, ?) ELSE opened_at END
                        WHERE message_id = ? AND sent_at IS NOT NULL RETURNING business_id, sent_at""",
                ts(at), opened, ts(at), event.messageId());
        for (Map<String, Object> message : reported) {
            refresh((UUID) message.get("business_id"), ((java.sql.Timestamp) message.get("sent_at")).toInstant());
        }
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("analytics_standing", "customer_engagement_metrics", "analytics_payments", "analytics_messages", "analytics_invoices",
                "analytics_sign_ins", "analytics_verifications", "analytics_customers", "analytics_businesses")) {
            jdbc.update("DELETE FROM " + table);
        }
        rewrites.clear();
    }

    private List<UUID> businessesOf(UUID customerId) {
        return jdbc.queryForList("SELECT DISTINCT business_id FROM analytics_customers WHERE customer_id = ?", UUID.class, customerId);
    }

    /**
     * Notes that the business's facts changed at {@code changedAt}. Within a batch of the processor the business is
     * handed to {@link AnalyticsRewrites} once, as the batch commits; outside one (tests, replays by hand) at once.
     */
    private void refresh(UUID businessId, Instant changedAt) {
        if (!CurrentUnitOfWork.isStarted()) {
            rewrites.rewriteNow(businessId, Span.at(changedAt));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Map<UUID, Span> changed = batch.getOrComputeResource(CHANGED, key -> {
            Map<UUID, Span> spans = new LinkedHashMap<>();
            batch.onPrepareCommit(committing -> spans.forEach(rewrites::changed));
            return spans;
        });
        changed.merge(businessId, Span.at(changedAt), Span::union);
    }

    private static final String CHANGED = NetworkAnalyticsProjection.class.getName() + ".changed";

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at.truncatedTo(ChronoUnit.MICROS));
    }
}
