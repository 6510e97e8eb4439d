package network.khata.projections.invoices;

import network.khata.api.invoice.InvoiceCreated;
import network.khata.api.invoice.InvoiceStatus;
import network.khata.api.invoice.PaidVia;
import network.khata.api.invoice.PaymentLinkAttached;
import network.khata.api.invoice.PaymentLinkCancelled;
import network.khata.api.invoice.PaymentLinks;
import network.khata.api.reminder.InvoiceRemindersChanged;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.api.invoice.PaymentRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Tables {@code invoices} and {@code invoice_payments}; payments set the paid total the event states and are keyed by
 * payment id, so redelivery is harmless.
 */
@Component
@ProcessingGroup(InvoicesProjection.GROUP)
public class InvoicesProjection {
    public static final String GROUP = "invoices";

    private final JdbcTemplate jdbc;
    private final PaymentLinks paymentLinks;
    private final ObjectMapper json;

    public InvoicesProjection(JdbcTemplate jdbc, PaymentLinks paymentLinks, ObjectMapper json) {
        this.jdbc = jdbc;
        this.paymentLinks = paymentLinks;
        this.json = json;
    }

    @EventHandler
    void on(InvoiceCreated event, @Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO invoices (id, business_id, party_id, customer_id, invoice_number, issue_date, due_date,
                                              amount, amount_paid, status, payment_link, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                event.invoiceId(), event.businessId(), event.partyId(), event.customerId(), event.invoiceNumber(),
                event.issueDate(), event.dueDate(), event.amount(), InvoiceStatus.UNPAID.code(),
                paymentLinks.forInvoice(event.invoiceId()), java.sql.Timestamp.from(at), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(PaymentRecorded event, @Timestamp Instant at) {
        int known = jdbc.update("UPDATE invoices SET amount_paid = ?, status = ?, updated_at = ? WHERE id = ?",
                event.amountPaid(), event.status().code(), java.sql.Timestamp.from(at), event.invoiceId());
        if (known == 0) {
            return; // a payment of an invoice this read model never saw lists nowhere
        }
        jdbc.update("""
                        INSERT INTO invoice_payments (invoice_id, payment_id, business_id, customer_id, amount, paid_on, method,
                                                      via, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.invoiceId(), event.paymentId(), event.businessId(), event.customerId(), event.amount(), event.paidOn(),
                event.method(), PaidVia.orOwner(event.via()).code(), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(PaymentLinkAttached event) {
        jdbc.update("UPDATE invoices SET provider_link_url = ? WHERE id = ?", event.url(), event.invoiceId());
    }

    @EventHandler
    void on(InvoiceRemindersChanged event) throws JsonProcessingException {
        jdbc.update("UPDATE invoices SET reminders_paused = ?, reminder_steps = ? WHERE id = ?", event.paused(),
                event.steps() == null ? null : json.writeValueAsString(event.steps()), event.invoiceId());
    }

    @EventHandler
    void on(PaymentLinkCancelled event) {
        jdbc.update("UPDATE invoices SET provider_link_url = NULL WHERE id = ?", event.invoiceId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM invoices");
        jdbc.update("DELETE FROM invoice_payments");
    }
}
