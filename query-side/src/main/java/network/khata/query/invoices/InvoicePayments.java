package network.khata.query.invoices;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place that reads {@code invoice_payments}: the owner's list of an invoice's payments and the portal's
 * invoices both come from here. Row-level security limits the rows to the asking owner's or customer's.
 */
@Repository
public class InvoicePayments {
    private final JdbcTemplate jdbc;

    public InvoicePayments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each invoice's payments, oldest first; an invoice without payments is absent. */
    public Map<UUID, List<InvoicePayment>> of(Collection<UUID> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("""
                        SELECT invoice_id, amount, paid_on, method, via FROM invoice_payments
                        WHERE invoice_id = ANY (?) ORDER BY recorded_at, payment_id""",
                (rs, row) -> new InvoicePayment(rs.getObject("invoice_id", UUID.class),
                        rs.getBigDecimal("amount").setScale(2, RoundingMode.HALF_UP), rs.getObject("paid_on", LocalDate.class),
                        rs.getString("method"), rs.getString("via")),
                (Object) invoiceIds.toArray(UUID[]::new))
                .stream().collect(Collectors.groupingBy(InvoicePayment::invoiceId, java.util.LinkedHashMap::new, Collectors.toList()));
    }
}
