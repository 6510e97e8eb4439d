package network.khata.query.invoices;

import network.khata.query.businesses.BusinessCalendar;
import network.khata.query.customers.ListCustomers;
import network.khata.query.customers.CustomerPage;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answers {@link FindMoneySummary} from the sums the invoices projection keeps ({@code party_balances}, {@code due_totals})
 * and the payments' date index, the top debtors asked of the customers list over the query bus: a few index reads however many invoices.
 */
@Component
public class MoneySummaryQueries {
    private static final List<MoneySummary.Ageing> BUCKETS = List.of(
            new MoneySummary.Ageing("0-30", 0, 30, null, 0), new MoneySummary.Ageing("31-60", 31, 60, null, 0),
            new MoneySummary.Ageing("61-90", 61, 90, null, 0), new MoneySummary.Ageing("91+", 91, null, null, 0));

    private final JdbcTemplate jdbc;
    private final BusinessCalendar calendar;
    private final QueryGateway queries;

    public MoneySummaryQueries(JdbcTemplate jdbc, BusinessCalendar calendar, QueryGateway queries) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.queries = queries;
    }

    @QueryHandler
    public MoneySummary handle(FindMoneySummary query) {
        LocalDate today = calendar.today(query.businessId());
        LocalDate since = query.since() != null ? query.since() : today.withDayOfMonth(1);
        Map<String, Object> owed = jdbc.queryForMap("""
                SELECT coalesce(sum(outstanding), 0) AS outstanding, coalesce(sum(unpaid), 0) AS unpaid
                FROM party_balances WHERE business_id = ?""", query.businessId());
        Map<String, Object> came = jdbc.queryForMap("""
                SELECT coalesce(sum(amount), 0) AS collected, count(*) AS payments FROM invoice_payments
                WHERE business_id = ? AND paid_on >= ? AND paid_on <= ?""", query.businessId(), since, today);
        List<MoneySummary.Ageing> ageing = BUCKETS.stream().map(bucket -> jdbc.queryForObject("""
                        SELECT coalesce(sum(outstanding), 0), coalesce(sum(invoices), 0) FROM due_totals
                        WHERE business_id = ? AND due_date <= ? AND due_date >= ?""",
                (rs, row) -> new MoneySummary.Ageing(bucket.bucket(), bucket.fromDays(), bucket.toDays(), money(rs.getBigDecimal(1)),
                        rs.getLong(2)),
                query.businessId(), today.minusDays(bucket.fromDays() == 0 ? 1 : bucket.fromDays()),
                bucket.toDays() == null ? LocalDate.of(1900, 1, 1) : today.minusDays(bucket.toDays()))).toList();
        List<MoneySummary.RecentPayment> recent = jdbc.query("""
                        SELECT pay.paid_on, pay.customer_id, p.name, pay.invoice_id, i.invoice_number, pay.amount, pay.method
                        FROM (SELECT * FROM invoice_payments WHERE business_id = ? ORDER BY paid_on DESC, recorded_at DESC LIMIT 10) pay
                        JOIN invoices i ON i.id = pay.invoice_id JOIN parties p ON p.id = i.party_id
                        ORDER BY pay.paid_on DESC, pay.recorded_at DESC""",
                (rs, row) -> new MoneySummary.RecentPayment(rs.getObject(1, LocalDate.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5), money(rs.getBigDecimal(6)), rs.getString(7)),
                query.businessId());
        return new MoneySummary(today, since, money((BigDecimal) owed.get("outstanding")), ((Number) owed.get("unpaid")).longValue(),
                money((BigDecimal) came.get("collected")), ((Number) came.get("payments")).longValue(), ageing,
                queries.query(new ListCustomers(query.businessId(), "outstanding", null, null, null, 5), CustomerPage.class).join()
                        .customers().stream()
                        .filter(customer -> customer.outstanding().signum() > 0).toList(),
                recent);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
