package network.khata.query.disputes;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.NoSuchElementException;

/**
 * Answers {@link FindInvoiceConversation} and {@link FindInvoiceBusiness} for the customer whose invoice it is (anyone
 * else: no such invoice).
 */
@Component
public class InvoiceConversationQueries {
    private final JdbcTemplate jdbc;
    private final InvoiceConversations conversations;

    public InvoiceConversationQueries(JdbcTemplate jdbc, InvoiceConversations conversations) {
        this.jdbc = jdbc;
        this.conversations = conversations;
    }

    @QueryHandler
    public java.util.Optional<java.util.UUID> handle(FindInvoiceBusiness query) {
        return jdbc.queryForList("SELECT business_id FROM invoices WHERE id = ? AND customer_id = ?", java.util.UUID.class,
                query.invoiceId(), query.customerId()).stream().findFirst();
    }

    @QueryHandler
    public InvoiceConversation handle(FindInvoiceConversation query) {
        return jdbc.query("SELECT invoice_number, customer_say FROM invoices WHERE id = ? AND customer_id = ?",
                        (rs, row) -> new InvoiceConversation(query.invoiceId(), rs.getString(1), rs.getString(2),
                                conversations.of(query.invoiceId())), query.invoiceId(), query.customerId())
                .stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("no invoice " + query.invoiceId() + " of yours"));
    }
}
