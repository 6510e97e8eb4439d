package network.khata.projections.search;

import network.khata.api.customers.CustomerRegistered;
import network.khata.api.customers.ProfileType;
import network.khata.api.invoices.InvoiceCreated;
import network.khata.api.invoices.PaymentRecorded;
import network.khata.api.identity.CustomerSignedIn;
import network.khata.api.identity.PhoneVerified;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Keeps the search index (whichever engine is configured) in step with the event log; replayable. */
@Component
@ProcessingGroup(CustomerSearchProjection.GROUP)
public class CustomerSearchProjection {
    public static final String GROUP = "customer-search";

    private final CustomerSearchIndex index;
    private final JdbcTemplate jdbc;
    private final BatchNetworkStatus networkStatus;

    public CustomerSearchProjection(CustomerSearchIndex index, JdbcTemplate jdbc) {
        this.index = index;
        this.jdbc = jdbc;
        this.networkStatus = new BatchNetworkStatus(jdbc);
    }

    /** The party is remembered and the customer's network status read for the whole batch at once. */
    @EventHandler
    void on(CustomerRegistered event, @Timestamp Instant at) {
        BatchNetworkStatus.NetworkStatus status = networkStatus.registered(event.partyId(), event.customerId());
        index.upsert(new CustomerSearchDocument(event.partyId(), event.businessId(), event.customerId(), event.name(),
                event.phone(), event.email(), ProfileType.codeOf(event.profileType()),
                status.phoneVerified(), status.portalUsed(), null, BigDecimal.ZERO.setScale(2), at.truncatedTo(ChronoUnit.MILLIS)));
    }

    @EventHandler
    void on(PhoneVerified event) {
        jdbc.update("INSERT INTO customer_search_network_status (customer_id, phone_verified) VALUES (?, true) "
                + "ON CONFLICT (customer_id) DO UPDATE SET phone_verified = true", event.customerId());
        refreshNetworkStatus(event.customerId());
    }

    @EventHandler
    void on(CustomerSignedIn event) {
        jdbc.update("INSERT INTO customer_search_network_status (customer_id, portal_used) VALUES (?, true) "
                + "ON CONFLICT (customer_id) DO UPDATE SET portal_used = true", event.customerId());
        refreshNetworkStatus(event.customerId());
    }

    /** Every business's document of this customer shows the same network status. */
    private void refreshNetworkStatus(UUID customerId) {
        networkStatus.changed(customerId);
        BatchNetworkStatus.NetworkStatus status = networkStatus.current(customerId);
        for (UUID partyId : networkStatus.partiesOf(customerId)) {
            index.find(partyId).ifPresent(document -> index.upsert(document.withNetworkStatus(status.phoneVerified(), status.portalUsed())));
        }
    }

    @EventHandler
    void on(InvoiceCreated event) {
        jdbc.update("INSERT INTO customer_search_invoices (invoice_id, party_id, issue_date, amount) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (invoice_id) DO NOTHING", event.invoiceId(), event.partyId(), event.issueDate(), event.amount());
        refreshInvoices(event.partyId());
    }

    @EventHandler
    void on(PaymentRecorded event) {
        jdbc.update("UPDATE customer_search_invoices SET paid = ? WHERE invoice_id = ?", event.amountPaid(), event.invoiceId());
        refreshInvoices(event.partyId());
    }

    /** A credit note lowers what the invoice asks, and so the customer's balance. */
    @EventHandler
    void on(network.khata.api.disputes.InvoiceCorrected event) {
        jdbc.update("UPDATE customer_search_invoices SET amount = ? WHERE invoice_id = ?", event.amount(), event.invoiceId());
        refreshInvoices(event.partyId());
    }

    /** Sets the document's last invoice and balance from the totals: the same result however often it runs. */
    private void refreshInvoices(UUID partyId) {
        Map<String, Object> totals = jdbc.queryForMap("SELECT max(issue_date) AS last_invoice, coalesce(sum(amount - paid), 0) AS balance "
                + "FROM customer_search_invoices WHERE party_id = ?", partyId);
        CustomerSearchDocument document = index.find(partyId)
                .orElseThrow(() -> new IllegalStateException("no search document for party " + partyId));
        java.sql.Date last = (java.sql.Date) totals.get("last_invoice");
        index.upsert(document.withInvoices(last == null ? null : last.toLocalDate(),
                ((BigDecimal) totals.get("balance")).setScale(2)));
    }

    @ResetHandler
    void reset() {
        index.clear();
        jdbc.execute("TRUNCATE customer_search_invoices, customer_search_parties, customer_search_network_status");
    }
}
