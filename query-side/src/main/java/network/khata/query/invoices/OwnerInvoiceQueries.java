package network.khata.query.invoices;

import network.khata.query.paging.Cursor;
import network.khata.query.paging.Page;
import network.khata.query.businesses.BusinessCalendar;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answers {@link FindInvoices}: one indexed range scan per page (keyset on the sort value and the id, see
 * {@code V20261130_05__owner_reads.sql}), whatever the page's depth. Row-level security keeps it to the owner's business.
 */
@Component
public class OwnerInvoiceQueries {
    /** What "overdue" is, for the invoice list and the bulk reminder alike: unpaid or part paid, due before today (the one ?). */
    static final String OVERDUE = "i.status <> 'paid' AND i.due_date < ?";

    /** Per sort: the value ordered by, its SQL type for the cursor, and the direction. */
    private record Order(String key, String type, boolean descending) {
    }

    private static final Map<String, Order> ORDERS = Map.of(
            "newest", new Order("i.issue_date", "date", true),
            "oldest", new Order("i.issue_date", "date", false),
            "due", new Order("coalesce(i.due_date, DATE '9999-12-31')", "date", false),
            "largest", new Order("(i.amount - i.amount_paid)", "numeric", true));
    public static final String SORTS = "newest|oldest|due|largest";

    private final JdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    public OwnerInvoiceQueries(JdbcTemplate jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @QueryHandler
    public InvoicePage handle(FindInvoices query) {
        LocalDate today = calendar.today(query.businessId());
        Order order = ORDERS.get(query.sort());
        // the page first, from one index in its order; the customers' names joined to its rows alone (joined before
        // the limit, the planner sorts the whole business's invoices: docs/performance.md, owner reads)
        StringBuilder sql = new StringBuilder("SELECT i.*, " + order.key() + " AS sort_value FROM invoices i WHERE i.business_id = ?");
        List<Object> args = new ArrayList<>(List.of(query.businessId()));
        filter(query.filter(), today, sql, args);
        if (query.after() != null) {
            sql.append(" AND (").append(order.key()).append(", i.id) ").append(order.descending() ? "<" : ">")
                    .append(" (CAST(? AS ").append(order.type()).append("), ?)");
            args.add(query.after().value());
            args.add(query.after().id());
        }
        String direction = order.descending() ? " DESC" : "";
        sql.append(" ORDER BY ").append(order.key()).append(direction).append(", i.id").append(direction).append(" LIMIT ?");
        args.add(query.limit() + 1);
        String named = "SELECT page.*, p.name AS customer_name FROM (" + sql + ") page JOIN parties p ON p.id = page.party_id"
                + " ORDER BY page.sort_value" + direction + ", page.id" + direction;
        List<Row> rows = jdbc.query(named, (rs, n) -> new Row(invoice(rs, today), rs.getString("sort_value")), args.toArray());
        Page<Row> page = Page.of(rows, query.limit(), last -> new Cursor(last.sortValue(), last.invoice().invoiceId()));
        return new InvoicePage(page.rows().stream().map(Row::invoice).toList(), page.nextCursor());
    }

    private record Row(InvoicePage.OwnerInvoice invoice, String sortValue) {
    }

    private static void filter(FindInvoices.Filter filter, LocalDate today, StringBuilder sql, List<Object> args) {
        condition(sql, args, " AND i.status = ?", filter.status());
        condition(sql, args, " AND i.customer_id = ?", filter.customerId());
        condition(sql, args, " AND i.issue_date >= ?", filter.issuedFrom());
        condition(sql, args, " AND i.issue_date <= ?", filter.issuedTo());
        condition(sql, args, " AND i.due_date >= ?", filter.dueFrom());
        condition(sql, args, " AND i.due_date <= ?", filter.dueTo());
        if (filter.disputed() != null) {
            sql.append(filter.disputed() ? " AND i.customer_say = 'disputed'" : " AND i.customer_say IS DISTINCT FROM 'disputed'");
        }
        if (filter.number() != null) {
            // a prefix as a byte-order range: under row-level security only leakproof operators reach the index (LIKE is not)
            String prefix = filter.number();
            int last = prefix.codePointBefore(prefix.length());
            sql.append(" AND i.invoice_number ~>=~ ? AND i.invoice_number ~<~ ?");
            args.add(prefix);
            args.add(prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1));
        }
        if (filter.overdue() != null) {
            // an invoice without a due date is never overdue: NOT of an unknown comparison would drop it from both sides
            sql.append(filter.overdue() ? " AND " + OVERDUE : " AND NOT (i.due_date IS NOT NULL AND " + OVERDUE + ")");
            args.add(today);
        }
    }

    private static void condition(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(condition);
            args.add(value);
        }
    }

    static InvoicePage.OwnerInvoice invoice(ResultSet rs, LocalDate today) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount").setScale(2, RoundingMode.HALF_UP);
        BigDecimal paid = rs.getBigDecimal("amount_paid").setScale(2, RoundingMode.HALF_UP);
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        String status = rs.getString("status");
        long overdue = due != null && !"paid".equals(status) && due.isBefore(today) ? ChronoUnit.DAYS.between(due, today) : 0;
        return new InvoicePage.OwnerInvoice(rs.getObject("id", UUID.class), rs.getString("invoice_number"),
                rs.getObject("customer_id", UUID.class), rs.getString("customer_name"), rs.getObject("issue_date", LocalDate.class),
                due, amount, paid, amount.subtract(paid), status, overdue, rs.getString("customer_say"),
                rs.getBigDecimal("credited").setScale(2, RoundingMode.HALF_UP));
    }
}
