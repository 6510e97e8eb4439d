package network.khata.projections.invoices;

import network.khata.api.invoice.InvoiceCreated;
import network.khata.api.invoice.InvoiceStatus;
import network.khata.api.invoice.PaymentLinks;
import network.khata.api.invoice.PaymentRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Table {@code invoices}; payments set the paid total the event states, so redelivery is harmless. */
@Component
@ProcessingGroup(InvoicesProjection.GROUP)
public class InvoicesProjection {
    public static final String GROUP = "invoices";

    private final JdbcTemplate jdbc;
    private final String publicUrl;

    public InvoicesProjection(JdbcTemplate jdbc, @Value("${khata.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.publicUrl = publicUrl;
    }

    @EventHandler
    void on(InvoiceCreated event, @Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO invoices (id, business_id, party_id, customer_id, invoice_number, issue_date, due_date,
                                              amount, amount_paid, status, payment_link, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                event.invoiceId(), event.businessId(), event.partyId(), event.customerId(), event.invoiceNumber(),
                event.issueDate(), event.dueDate(), event.amount(), InvoiceStatus.UNPAID.code(),
                PaymentLinks.of(publicUrl, event.invoiceId()), java.sql.Timestamp.from(at), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(PaymentRecorded event, @Timestamp Instant at) {
        jdbc.update("UPDATE invoices SET amount_paid = ?, status = ?, updated_at = ? WHERE id = ?",
                event.amountPaid(), event.status().code(), java.sql.Timestamp.from(at), event.invoiceId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM invoices");
    }
}
