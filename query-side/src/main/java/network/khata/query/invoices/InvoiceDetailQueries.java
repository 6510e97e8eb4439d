package network.khata.query.invoices;

import network.khata.query.disputes.InvoiceConversations;
import network.khata.api.payments.PaymentLinks;
import network.khata.query.businesses.BusinessCalendar;
import network.khata.query.messaging.MessageStatusQueries;
import network.khata.query.reminders.FindInvoiceReminders;
import network.khata.query.reminders.InvoiceReminders;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

/** Answers {@link FindInvoiceDetail} from the readers that own each part: payments, messages, reminders. */
@Component
public class InvoiceDetailQueries {
    private final JdbcTemplate jdbc;
    private final BusinessCalendar calendar;
    private final InvoicePayments payments;
    private final MessageStatusQueries messages;
    private final QueryGateway queries;
    private final PaymentLinks paymentLinks;
    private final InvoiceConversations conversations;

    public InvoiceDetailQueries(JdbcTemplate jdbc, BusinessCalendar calendar, InvoicePayments payments,
                                MessageStatusQueries messages, QueryGateway queries, PaymentLinks paymentLinks,
                                InvoiceConversations conversations) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.payments = payments;
        this.messages = messages;
        this.queries = queries;
        this.paymentLinks = paymentLinks;
        this.conversations = conversations;
    }

    @QueryHandler
    public InvoiceDetail handle(FindInvoiceDetail query) {
        LocalDate today = calendar.today(query.businessId());
        InvoicePage.OwnerInvoice invoice = jdbc.query("""
                        SELECT i.*, p.name AS customer_name FROM invoices i JOIN parties p ON p.id = i.party_id
                        WHERE i.id = ? AND i.business_id = ?""", (rs, row) -> OwnerInvoiceQueries.invoice(rs, today),
                        query.invoiceId(), query.businessId()).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("no invoice " + query.invoiceId() + " in this business"));
        return new InvoiceDetail(invoice, "paid".equals(invoice.status()) ? null : paymentLinks.forInvoice(invoice.invoiceId()),
                payments.of(List.of(invoice.invoiceId())).getOrDefault(invoice.invoiceId(), List.of()),
                messages.ofInvoice(query.businessId(), query.invoiceId()),
                queries.query(new FindInvoiceReminders(query.businessId(), query.invoiceId()), InvoiceReminders.class).join(),
                conversations.of(query.invoiceId()));
    }
}
