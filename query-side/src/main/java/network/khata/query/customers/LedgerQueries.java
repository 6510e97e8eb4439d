package network.khata.query.customers;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Answers {@link FindCustomerLedger} from the invoices and payments read models: invoices on their issue date, as first
 * billed; payments on the day they were paid; credit notes (an invoice corrected after a dispute) on the business's day
 * they were given. On one day an invoice comes first, then payments, then credit notes, each in the order recorded.
 */
@Component
public class LedgerQueries {
    private final JdbcTemplate jdbc;

    public LedgerQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Line(LocalDate date, String kind, UUID invoiceId, String invoiceNumber, String method, BigDecimal debit,
                        BigDecimal credit) {
        BigDecimal change() {
            return debit.subtract(credit);
        }
    }

    @QueryHandler
    public Ledger handle(FindCustomerLedger query) {
        String[] names = jdbc.query("""
                        SELECT p.name, b.name FROM parties p JOIN businesses b ON b.id = p.business_id
                        WHERE p.business_id = ? AND p.customer_id = ?""",
                        (rs, row) -> new String[] {rs.getString(1), rs.getString(2)}, query.businessId(), query.customerId())
                .stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("no customer " + query.customerId() + " in this business"));
        List<Line> lines = jdbc.query("""
                        SELECT issue_date AS day, 0 AS kind_order, created_at AS at, 'invoice' AS kind, id AS invoice_id,
                               invoice_number, NULL AS method, amount + credited AS debit, 0 AS credit
                        FROM invoices WHERE business_id = ? AND customer_id = ?
                        UNION ALL
                        SELECT pay.paid_on, 1, pay.recorded_at, 'payment', pay.invoice_id, i.invoice_number, pay.method, 0, pay.amount
                        FROM invoice_payments pay JOIN invoices i ON i.id = pay.invoice_id
                        WHERE pay.business_id = ? AND pay.customer_id = ?
                        UNION ALL
                        SELECT (c.said_at AT TIME ZONE b.time_zone)::date, 2, c.said_at, 'credit_note', c.invoice_id, i.invoice_number,
                               NULL, 0, c.credit
                        FROM invoice_conversation c JOIN invoices i ON i.id = c.invoice_id JOIN businesses b ON b.id = c.business_id
                        WHERE c.business_id = ? AND c.customer_id = ? AND c.kind = 'corrected'
                        ORDER BY day, kind_order, at""",
                (rs, row) -> new Line(rs.getObject("day", LocalDate.class), rs.getString("kind"), rs.getObject("invoice_id", UUID.class),
                        rs.getString("invoice_number"), rs.getString("method"), money(rs.getBigDecimal("debit")),
                        money(rs.getBigDecimal("credit"))),
                query.businessId(), query.customerId(), query.businessId(), query.customerId(), query.businessId(), query.customerId());
        BigDecimal opening = money(BigDecimal.ZERO);
        BigDecimal balance = opening;
        List<Ledger.Entry> entries = new ArrayList<>();
        for (Line line : lines) {
            if (query.from() != null && line.date().isBefore(query.from())) {
                opening = opening.add(line.change());
                balance = opening;
            } else if (query.to() == null || !line.date().isAfter(query.to())) {
                balance = balance.add(line.change());
                entries.add(new Ledger.Entry(line.date(), line.kind(), line.invoiceId(), line.invoiceNumber(), line.method(),
                        line.debit(), line.credit(), balance));
            }
        }
        return new Ledger(query.businessId(), names[1], query.customerId(), names[0], query.from(), query.to(), opening, entries, balance);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
