package network.khata.app.load;

import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import network.khata.query.businesses.BusinessCalendar;
import network.khata.query.customers.ListCustomers;
import network.khata.query.customers.OwnerCustomerQueries;
import network.khata.query.invoices.FindInvoices;
import network.khata.query.invoices.InvoicePage;
import network.khata.query.invoices.OwnerInvoiceQueries;
import network.khata.query.customers.FindCustomerLedger;
import network.khata.query.customers.LedgerQueries;
import network.khata.query.invoices.FindMoneySummary;
import network.khata.query.invoices.MoneySummaryQueries;
import network.khata.query.paging.Cursor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Benchmark, not a test: {@code scripts/bench-owner-reads.sh [invoices]}. Fills a fresh database's read models with a
 * business of {@code invoices} invoices (default 100,000) for 1,000 customers, a third of them paid in part or in full,
 * beside 99 businesses of 1,000 invoices each; then, as the service's own role under row-level security scoped to that
 * owner, times the owner's reads through their query handlers over JDBC (20 warm-up and 200 measured calls each) and
 * prints the plan of the first page.
 */
public final class OwnerReadsBench {
    private static final int CUSTOMERS = 1000;

    private OwnerReadsBench() {
    }

    public static void main(String[] args) throws Exception {
        int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path resultFile = Path.of(args.length > 1 ? args[1] : "owner-reads-bench.txt").toAbsolutePath();
        SingleConnectionDataSource dataSource = ReadBench.freshDatabase("owner-reads-bench");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long filling = System.nanoTime();
        UUID busy = fill(jdbc, invoices);
        double fillSeconds = (System.nanoTime() - filling) / 1e9;

        // from here on as the service: its role, row-level security, scoped to the busy business's owner
        jdbc.execute("SET ROLE khata_app");
        jdbc.queryForList("SELECT set_config('khata.scope', 'owner', false), set_config('khata.subject', ?, false)", busy.toString());
        OwnerInvoiceQueries list = new OwnerInvoiceQueries(jdbc, new BusinessCalendar(jdbc, Clock.systemUTC()));
        LedgerQueries ledger = new LedgerQueries(jdbc);
        BusinessCalendar calendar = new BusinessCalendar(jdbc, Clock.systemUTC());
        OwnerCustomerQueries customers = new OwnerCustomerQueries(jdbc, calendar);
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(customers).subscribe(bus);
        MoneySummaryQueries money = new MoneySummaryQueries(jdbc, calendar, DefaultQueryGateway.builder().queryBus(bus).build());
        FindInvoices.Filter none = new FindInvoices.Filter(null, null, null, null, null, null, null, null, null);
        UUID customer = jdbc.queryForObject("SELECT customer_id FROM parties WHERE business_id = ? ORDER BY name LIMIT 1", UUID.class, busy);
        InvoicePage.OwnerInvoice middle = list.handle(new FindInvoices(busy, none, "newest", null, invoices / 2)).invoices().get(invoices / 2 - 1);
        Cursor deep = new Cursor(middle.issueDate().toString(), middle.invoiceId());

        Map<String, Runnable> reads = new LinkedHashMap<>();
        reads.put("invoice list, first page of 50, newest first", () -> list.handle(new FindInvoices(busy, none, "newest", null, 50)));
        reads.put("invoice list, page of 50 after " + invoices / 2 + " (cursor)", () -> list.handle(new FindInvoices(busy, none, "newest", deep, 50)));
        reads.put("invoice list, overdue, 50", () -> list.handle(new FindInvoices(busy,
                new FindInvoices.Filter(null, null, true, null, null, null, null, null, null), "newest", null, 50)));
        reads.put("invoice list, unpaid, largest first, 50", () -> list.handle(new FindInvoices(busy,
                new FindInvoices.Filter("unpaid", null, null, null, null, null, null, null, null), "largest", null, 50)));
        reads.put("invoice list, one customer, 50", () -> list.handle(new FindInvoices(busy,
                new FindInvoices.Filter(null, customer, null, null, null, null, null, null, null), "newest", null, 50)));
        reads.put("invoice list, number prefix INV-0001, 50", () -> list.handle(new FindInvoices(busy,
                new FindInvoices.Filter(null, null, null, null, null, null, null, "INV-0001", null), "newest", null, 50)));
        reads.put("ledger of a customer with " + invoices / CUSTOMERS + " invoices and their payments",
                () -> ledger.handle(new FindCustomerLedger(busy, customer, null, null)));
        reads.put("customers, who owes most first, 50 of 1,000", () -> customers.handle(new ListCustomers(busy, "outstanding", null, null, null, 50)));
        reads.put("money summary (owed, ageing, collected, top debtors, latest payments)", () -> money.handle(new FindMoneySummary(busy, null)));

        StringBuilder result = new StringBuilder(String.format("owner reads, a business with %,d invoices of %,d customers "
                + "beside 99 of 1,000 each (filled in %.0f s); %d cores, driver and PostgreSQL on this machine, "
                + "role khata_app under row-level security%n", invoices, CUSTOMERS, fillSeconds, Runtime.getRuntime().availableProcessors()));
        reads.forEach((name, read) -> result.append(String.format("%s: %s%n", name, ReadBench.time(read))));
        result.append("plan of the first page:").append(System.lineSeparator());
        jdbc.queryForList("""
                        EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT page.*, p.name FROM (SELECT i.* FROM invoices i
                        WHERE i.business_id = ? ORDER BY i.issue_date DESC, i.id DESC LIMIT 51) page JOIN parties p ON p.id = page.party_id
                        ORDER BY page.issue_date DESC, page.id DESC""", String.class, busy)
                .forEach(line -> result.append("    ").append(line).append(System.lineSeparator()));
        ReadBench.report(result, resultFile);
        dataSource.destroy();
    }

    /**
     * The busy business and 99 others, their customers, invoices over two years, payments on a third, and each
     * customer's balance as the invoices projection keeps it; answers the busy one.
     */
    private static UUID fill(JdbcTemplate jdbc, int invoices) {
        jdbc.update("""
                INSERT INTO businesses (id, name, created_at)
                SELECT uuid_in(md5('business-' || b)::cstring), 'Business ' || b, now() FROM generate_series(0, 99) b""");
        jdbc.update("""
                INSERT INTO parties (id, business_id, customer_id, name, phone, created_at)
                SELECT uuid_in(md5('party-' || b || '-' || c)::cstring), uuid_in(md5('business-' || b)::cstring),
                       uuid_in(md5('customer-' || c)::cstring), 'Customer ' || lpad(c::text, 4, '0'),
                       '+9198' || lpad(c::text, 8, '0'), now()
                FROM generate_series(0, 99) b, generate_series(0, ?) c""", CUSTOMERS - 1);
        for (int b = 0; b < 100; b++) {
            jdbc.update("""
                    INSERT INTO invoices (id, business_id, party_id, customer_id, invoice_number, issue_date, due_date, amount,
                                          amount_paid, status, created_at, updated_at)
                    SELECT uuid_in(md5('invoice-' || ? || '-' || i)::cstring), uuid_in(md5('business-' || ?)::cstring),
                           uuid_in(md5('party-' || ? || '-' || (i % ?))::cstring), uuid_in(md5('customer-' || (i % ?))::cstring),
                           'INV-' || lpad(i::text, 6, '0'), DATE '2025-01-01' + (i % 700), DATE '2025-01-15' + (i % 700),
                           100 + (i % 5000), CASE i % 3 WHEN 0 THEN 100 + (i % 5000) WHEN 1 THEN 50 ELSE 0 END,
                           CASE i % 3 WHEN 0 THEN 'paid' WHEN 1 THEN 'partially_paid' ELSE 'unpaid' END, now(), now()
                    FROM generate_series(1, ?) i""", b, b, b, CUSTOMERS, CUSTOMERS, b == 0 ? invoices : 1000);
        }
        jdbc.update("""
                INSERT INTO invoice_payments (invoice_id, payment_id, business_id, customer_id, amount, paid_on, method, via, recorded_at)
                SELECT id, 'pay-' || id, business_id, customer_id, amount_paid, issue_date + 5, 'upi', 'owner', now()
                FROM invoices WHERE amount_paid > 0""");
        jdbc.update("""
                INSERT INTO party_balances (party_id, business_id, customer_id, outstanding, invoices, unpaid, last_activity)
                SELECT party_id, business_id, customer_id, sum(amount - amount_paid), count(*),
                       count(*) FILTER (WHERE status <> 'paid'), max(updated_at)
                FROM invoices GROUP BY party_id, business_id, customer_id""");
        jdbc.update("""
                INSERT INTO due_totals (business_id, due_date, outstanding, invoices)
                SELECT business_id, due_date, sum(amount - amount_paid), count(*) FROM invoices
                WHERE status <> 'paid' AND due_date IS NOT NULL GROUP BY business_id, due_date""");
        jdbc.execute("ANALYZE");
        return jdbc.queryForObject("SELECT uuid_in(md5('business-0')::cstring)", UUID.class);
    }
}
