package network.khata.query.customers;

import network.khata.query.paging.Cursor;
import network.khata.query.business.BusinessCalendar;
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
 * Answers {@link ListCustomers}: each of the business's customers with their invoices' totals, one aggregate over the
 * business's invoices per page (keyset on the sort value and the customer id). Row-level security keeps it to the
 * owner's business.
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
        StringBuilder sql = new StringBuilder("""
                WITH c AS (
                    SELECT p.customer_id, p.name, p.phone, p.email,
                           coalesce(sum(i.amount - i.amount_paid), 0) AS outstanding,
                           coalesce(sum(i.amount - i.amount_paid) FILTER (WHERE i.status <> 'paid' AND i.due_date < ?), 0) AS overdue,
                           count(i.id) AS invoices, greatest(p.created_at, max(i.updated_at)) AS last_activity
                    FROM parties p LEFT JOIN invoices i ON i.party_id = p.id
                    WHERE p.business_id = ? GROUP BY p.id)
                SELECT c.*, coalesce(n.phone_verified, false) AS phone_verified
                FROM c LEFT JOIN customer_network_profile n ON n.customer_id = c.customer_id WHERE true""");
        List<Object> args = new ArrayList<>(List.of(calendar.today(query.businessId()), query.businessId()));
        if (Boolean.TRUE.equals(query.overdue())) {
            sql.append(" AND c.overdue > 0");
        } else if (Boolean.FALSE.equals(query.overdue())) {
            sql.append(" AND c.overdue = 0");
        }
        if (query.verified() != null) {
            sql.append(" AND coalesce(n.phone_verified, false) = ?");
            args.add(query.verified());
        }
        if (query.after() != null) {
            sql.append(" AND (c.").append(order[0]).append(", c.customer_id) < (CAST(? AS ").append(order[1]).append("), ?)");
            args.add(query.after().value());
            args.add(query.after().id());
        }
        sql.append(" ORDER BY c.").append(order[0]).append(" DESC, c.customer_id DESC LIMIT ?");
        args.add(query.limit() + 1);
        List<CustomerPage.OwnerCustomer> rows = jdbc.query(sql.toString(), (rs, n) -> new CustomerPage.OwnerCustomer(
                rs.getObject("customer_id", UUID.class), rs.getString("name"), rs.getString("phone"), rs.getString("email"),
                rs.getBigDecimal("outstanding").setScale(2, RoundingMode.HALF_UP), rs.getBigDecimal("overdue").setScale(2, RoundingMode.HALF_UP),
                rs.getLong("invoices"), rs.getTimestamp("last_activity").toInstant(), rs.getBoolean("phone_verified")), args.toArray());
        boolean more = rows.size() > query.limit();
        List<CustomerPage.OwnerCustomer> page = more ? rows.subList(0, query.limit()) : rows;
        CustomerPage.OwnerCustomer last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new CustomerPage(page, more ? new Cursor(sortValue(query.sort(), last), last.customerId()).encode() : null);
    }

    private static String sortValue(String sort, CustomerPage.OwnerCustomer customer) {
        return sort.equals("outstanding") ? customer.outstanding().toPlainString() : customer.lastActivity().toString();
    }
}
