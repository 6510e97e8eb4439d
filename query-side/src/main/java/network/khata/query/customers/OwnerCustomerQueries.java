package network.khata.query.customers;

import network.khata.query.paging.Cursor;
import network.khata.query.paging.Page;
import network.khata.query.businesses.BusinessCalendar;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answers {@link ListCustomers}: a page of the business's customers with what each owes ({@code party_balances}, kept
 * by the invoices projection; none for a customer without invoices), keyset on the sort value and the customer id;
 * what is overdue is summed for the page's customers alone. Row-level security keeps it to the owner's business.
 */
@Component
public class OwnerCustomerQueries {
    public static final String SORTS = "outstanding|last_activity";
    private static final Map<String, String[]> ORDERS = Map.of(
            "outstanding", new String[] {"outstanding", "numeric"},
            "last_activity", new String[] {"last_activity", "timestamptz"});

    private final JdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    public OwnerCustomerQueries(JdbcTemplate jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @QueryHandler
    public CustomerPage handle(ListCustomers query) {
        String[] order = ORDERS.get(query.sort());
        LocalDate today = calendar.today(query.businessId());
        // every customer (parties), with what they owe where they have invoices (party_balances); names, overdue amounts
        // and verification for the page's rows alone
        StringBuilder page = new StringBuilder("""
                SELECT * FROM (SELECT p.id AS party_id, p.business_id, p.customer_id, coalesce(b.outstanding, 0) AS outstanding,
                                      coalesce(b.invoices, 0) AS invoices, greatest(p.created_at, b.last_activity) AS last_activity
                               FROM parties p LEFT JOIN party_balances b ON b.party_id = p.id WHERE p.business_id = ?) c WHERE true""");
        List<Object> args = new ArrayList<>(List.of(query.businessId()));
        if (query.overdue() != null) {
            page.append(query.overdue() ? " AND" : " AND NOT").append(" EXISTS (SELECT 1 FROM invoices i WHERE i.business_id = c.business_id")
                    .append(" AND i.customer_id = c.customer_id AND i.status <> 'paid' AND i.due_date < ?)");
            args.add(today);
        }
        if (query.verified() != null) {
            page.append(" AND coalesce((SELECT n.phone_verified FROM customer_network_profile n WHERE n.customer_id = c.customer_id), false) = ?");
            args.add(query.verified());
        }
        if (query.after() != null) {
            page.append(" AND (c.").append(order[0]).append(", c.customer_id) < (CAST(? AS ").append(order[1]).append("), ?)");
            args.add(query.after().value());
            args.add(query.after().id());
        }
        page.append(" ORDER BY c.").append(order[0]).append(" DESC, c.customer_id DESC LIMIT ?");
        args.add(query.limit() + 1);
        String sql = """
                SELECT page.*, p.name, p.phone, p.email, coalesce(n.phone_verified, false) AS phone_verified,
                       p.disowned_at IS NOT NULL AS said_not_me,
                       (SELECT coalesce(sum(i.amount - i.amount_paid), 0) FROM invoices i WHERE i.business_id = page.business_id
                        AND i.customer_id = page.customer_id AND i.status <> 'paid' AND i.due_date < ?) AS overdue
                FROM (%s) page JOIN parties p ON p.id = page.party_id
                LEFT JOIN customer_network_profile n ON n.customer_id = page.customer_id
                ORDER BY page.%s DESC, page.customer_id DESC""".formatted(page, order[0]);
        List<Object> all = new ArrayList<>(List.of(today));
        all.addAll(args);
        List<CustomerPage.OwnerCustomer> rows = jdbc.query(sql, (rs, n) -> new CustomerPage.OwnerCustomer(
                rs.getObject("customer_id", UUID.class), rs.getString("name"), rs.getString("phone"), rs.getString("email"),
                rs.getBigDecimal("outstanding").setScale(2, RoundingMode.HALF_UP), rs.getBigDecimal("overdue").setScale(2, RoundingMode.HALF_UP),
                rs.getLong("invoices"), rs.getTimestamp("last_activity").toInstant(), rs.getBoolean("phone_verified"),
                rs.getBoolean("said_not_me")), all.toArray());
        Page<CustomerPage.OwnerCustomer> shown = Page.of(rows, query.limit(),
                last -> new Cursor(sortValue(query.sort(), last), last.customerId()));
        return new CustomerPage(shown.rows(), shown.nextCursor());
    }

    private static String sortValue(String sort, CustomerPage.OwnerCustomer customer) {
        return sort.equals("outstanding") ? customer.outstanding().toPlainString() : customer.lastActivity().toString();
    }
}
