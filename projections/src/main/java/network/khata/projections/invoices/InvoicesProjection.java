package network.khata.projections.invoices;

import network.khata.api.invoices.InvoiceCreated;
import network.khata.api.invoices.InvoiceStatus;
import network.khata.api.invoices.PaidVia;
import network.khata.api.payments.PaymentLinkAttached;
import network.khata.api.payments.PaymentLinkCancelled;
import network.khata.api.payments.PaymentLinks;
import network.khata.api.reminders.InvoiceRemindersChanged;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.api.disputes.InvoiceCorrected;
import network.khata.api.invoices.PaymentRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Tables {@code invoices}, {@code invoice_payments}, {@code party_balances} and {@code due_totals}; payments set the paid
 * total the event states and are keyed by payment id, and a customer's balance and a due day's total are summed again
 * from the invoices after each change, so redelivery is harmless.
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
        balanceOf(event.businessId(), event.customerId());
        dueTotalOf(event.businessId(), event.dueDate());
    }

    @EventHandler
    void on(PaymentRecorded event, @Timestamp Instant at) {
        // the due day comes back from the update: the day whose total the payment changes
        List<LocalDate> dueDay = jdbc.query("UPDATE invoices SET amount_paid = ?, status = ?, updated_at = ? WHERE id = ? RETURNING due_date",
                (rs, row) -> rs.getObject(1, LocalDate.class), event.amountPaid(), event.status().code(), java.sql.Timestamp.from(at),
                event.invoiceId());
        if (dueDay.isEmpty()) {
            return; // a payment of an invoice this read model never saw lists nowhere
        }
        jdbc.update("""
                        INSERT INTO invoice_payments (invoice_id, payment_id, business_id, customer_id, amount, paid_on, method,
                                                      via, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.invoiceId(), event.paymentId(), event.businessId(), event.customerId(), event.amount(), event.paidOn(),
                event.method(), PaidVia.orOwner(event.via()).code(), java.sql.Timestamp.from(at));
        balanceOf(event.businessId(), event.customerId());
        dueTotalOf(event.businessId(), dueDay.get(0));
    }

    /**
     * A credit note: the invoice is billed the new amount and {@code credited} grows by what it took off; written from
     * the row's own amount, so redelivery changes nothing. Balances are summed again like after a payment.
     */
    @EventHandler
    void on(InvoiceCorrected event, @Timestamp Instant at) {
        List<LocalDate> dueDay = jdbc.query("""
                        UPDATE invoices SET credited = credited + amount - ?, amount = ?, status = ?, updated_at = ? WHERE id = ?
                        RETURNING due_date""", (rs, row) -> rs.getObject(1, LocalDate.class), event.amount(), event.amount(),
                event.status().code(), java.sql.Timestamp.from(at), event.invoiceId());
        if (dueDay.isEmpty()) {
            return;
        }
        balanceOf(event.businessId(), event.customerId());
        dueTotalOf(event.businessId(), dueDay.get(0));
    }

    /** What the customer owes this business now, summed from their invoices (one index range: a customer's invoices). */
    private void balanceOf(java.util.UUID businessId, java.util.UUID customerId) {
        jdbc.update("""
                INSERT INTO party_balances (party_id, business_id, customer_id, outstanding, invoices, unpaid, last_activity)
                SELECT party_id, business_id, customer_id, sum(amount - amount_paid), count(*),
                       count(*) FILTER (WHERE status <> 'paid'), max(updated_at)
                FROM invoices WHERE business_id = ? AND customer_id = ? GROUP BY party_id, business_id, customer_id
                ON CONFLICT (party_id) DO UPDATE SET outstanding = excluded.outstanding, invoices = excluded.invoices,
                    unpaid = excluded.unpaid,
                    last_activity = greatest(party_balances.last_activity, excluded.last_activity)""", businessId, customerId);
    }

    /** What is still owed on the business's invoices due that day; an invoice without a due date is in no day. */
    private void dueTotalOf(java.util.UUID businessId, LocalDate dueDate) {
        if (dueDate == null) {
            return;
        }
        jdbc.update("""
                INSERT INTO due_totals (business_id, due_date, outstanding, invoices)
                SELECT ?, ?, coalesce(sum(amount - amount_paid), 0), count(*) FROM invoices
                WHERE business_id = ? AND due_date = ? AND status <> 'paid'
                ON CONFLICT (business_id, due_date) DO UPDATE SET outstanding = excluded.outstanding, invoices = excluded.invoices""",
                businessId, dueDate, businessId, dueDate);
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
        jdbc.update("DELETE FROM party_balances");
        jdbc.update("DELETE FROM due_totals");
    }
}
