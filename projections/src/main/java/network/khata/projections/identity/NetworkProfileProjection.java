package network.khata.projections.identity;

import network.khata.api.customers.CustomerRegistered;
import network.khata.api.customers.NotificationPreferencesChanged;
import network.khata.api.identity.CustomerSignedIn;
import network.khata.api.identity.PhoneVerified;
import network.khata.api.customers.ProfileType;
import network.khata.api.invoices.InvoiceCreated;
import network.khata.api.invoices.PaymentRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Table {@code customer_network_profile}: one row per network customer, made by the first business that registers the
 * phone. Later businesses link to the same row and change nothing in it, so no business's data reaches another.
 */
@Component
@ProcessingGroup(NetworkProfileProjection.GROUP)
public class NetworkProfileProjection {
    public static final String GROUP = "network-profiles";

    private final JdbcTemplate jdbc;

    public NetworkProfileProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CustomerRegistered event, @Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO customer_network_profile
                          (id, customer_id, phone, email, profile_name, profile_type, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (customer_id) DO NOTHING""",
                event.customerId(), event.customerId(), event.phone(), event.email(), event.name(),
                ProfileType.codeOf(event.profileType()), java.sql.Timestamp.from(at), java.sql.Timestamp.from(at));
    }

    /** Totals move with each event; the update commits with the tracking token, so each event counts once. */
    @EventHandler
    void on(InvoiceCreated event, @Timestamp Instant at) {
        jdbc.update("""
                        UPDATE customer_network_profile SET total_invoices_received = total_invoices_received + 1,
                          total_amount_received = total_amount_received + ?,
                          first_invoice_date = LEAST(coalesce(first_invoice_date, ?), ?), updated_at = ?
                        WHERE customer_id = ?""",
                event.amount(), event.issueDate(), event.issueDate(), java.sql.Timestamp.from(at), event.customerId());
    }

    @EventHandler
    void on(PaymentRecorded event, @Timestamp Instant at) {
        jdbc.update("UPDATE customer_network_profile SET total_payments_made = total_payments_made + ?, updated_at = ? "
                + "WHERE customer_id = ?", event.amount(), java.sql.Timestamp.from(at), event.customerId());
    }

    /** A credit note: the customer was billed that much less. Counted once per event (the group's token moves with the row). */
    @EventHandler
    void on(network.khata.api.disputes.InvoiceCorrected event, @Timestamp Instant at) {
        jdbc.update("UPDATE customer_network_profile SET total_amount_received = total_amount_received - ?, updated_at = ? "
                + "WHERE customer_id = ?", event.credit(), java.sql.Timestamp.from(at), event.customerId());
    }

    @EventHandler
    void on(PhoneVerified event, @Timestamp Instant at) {
        jdbc.update("UPDATE customer_network_profile SET phone_verified = true, phone_verified_at = ?, updated_at = ? "
                + "WHERE customer_id = ?", java.sql.Timestamp.from(event.verifiedAt()), java.sql.Timestamp.from(at), event.customerId());
    }

    @EventHandler
    void on(CustomerSignedIn event, @Timestamp Instant at) {
        jdbc.update("UPDATE customer_network_profile SET last_login_date = ?, updated_at = ? WHERE customer_id = ?",
                java.sql.Timestamp.from(event.signedInAt()), java.sql.Timestamp.from(at), event.customerId());
    }

    @EventHandler
    void on(NotificationPreferencesChanged event, @Timestamp Instant at) {
        jdbc.update("UPDATE customer_network_profile SET notifications_enabled = ?, preferred_channels = ?, "
                        + "preferred_language = ?, preferences_chosen = true, updated_at = ? WHERE customer_id = ?",
                event.notificationsEnabled(), event.channelsCode(), event.preferredLanguage(), java.sql.Timestamp.from(at),
                event.customerId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM customer_network_profile");
    }
}
