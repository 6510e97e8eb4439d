package network.khata.query.invoices;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.NoSuchElementException;

/** Answers {@link FindInvoicePayments}: an invoice of another business is not found. */
@Component
public class InvoicePaymentQueries {
    private final JdbcTemplate jdbc;
    private final InvoicePayments payments;

    public InvoicePaymentQueries(JdbcTemplate jdbc, InvoicePayments payments) {
        this.jdbc = jdbc;
        this.payments = payments;
    }

    @QueryHandler
    public InvoicePaymentList handle(FindInvoicePayments query) {
        Long known = jdbc.queryForObject("SELECT count(*) FROM invoices WHERE id = ? AND business_id = ?", Long.class,
                query.invoiceId(), query.businessId());
        if (known == null || known == 0) {
            throw new NoSuchElementException("no invoice " + query.invoiceId() + " in this business");
        }
        return new InvoicePaymentList(query.invoiceId(),
                payments.of(List.of(query.invoiceId())).getOrDefault(query.invoiceId(), List.of()));
    }
}
