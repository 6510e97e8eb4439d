package network.khata.query.portal;

import network.khata.testsupport.TestPostgres;
import network.khata.testsupport.TestMigrations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.math.BigDecimal;
import java.sql.Timestamp;
import network.khata.api.payments.PayTokens;
import network.khata.api.payments.PaymentLinks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The customer portal's query handlers against the read models' own tables, on a real PostgreSQL. */
class PortalQueriesTest {
    private static final JdbcTemplate JDBC;
    private static final Instant NOW = Instant.parse("2026-11-26T06:00:00Z");

    static {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(TestPostgres.jdbcUrl(), TestPostgres.user(), "", true);
        TestMigrations.migrate(dataSource);
        JDBC = new JdbcTemplate(dataSource);
    }

    private final PortalQueries queries = new PortalQueries(
            new CustomerPortalReader(JDBC, Clock.fixed(NOW, ZoneOffset.UTC),
                    new PaymentLinks("https://khata.example", new PayTokens(List.of("k".repeat(32)))),
                    new network.khata.query.invoices.InvoicePayments(JDBC)), false);
    private final UUID customer = UUID.randomUUID();
    private final UUID dairy = UUID.randomUUID();
    private final UUID chemist = UUID.randomUUID();

    @BeforeEach
    void givenACustomerBilledByTwoBusinesses() {
        UUID atDairy = party(dairy, "Sharma Dairy");
        UUID atChemist = party(chemist, "Anand Chemist");
        invoice(dairy, atDairy, "D-1", "1000.00", "1000.00", "paid", LocalDate.of(2026, 11, 1));
        invoice(dairy, atDairy, "D-2", "500.00", "200.00", "partially_paid", LocalDate.of(2026, 11, 20));
        invoice(chemist, atChemist, "C-1", "250.00", "0.00", "unpaid", LocalDate.of(2026, 11, 25));
    }

    private UUID party(UUID business, String businessName) {
        Timestamp at = Timestamp.from(NOW);
        JDBC.update("INSERT INTO businesses (id, name, created_at) VALUES (?, ?, ?)", business, businessName, at);
        UUID party = UUID.randomUUID();
        JDBC.update("INSERT INTO parties (id, business_id, customer_id, name, phone, created_at) VALUES (?, ?, ?, 'Ramesh', ?, ?)",
                party, business, customer, "+9198" + (10_000_000 + (int) (Math.random() * 89_999_999)), at);
        return party;
    }

    private void invoice(UUID business, UUID party, String number, String amount, String paid, String status, LocalDate issued) {
        Timestamp at = Timestamp.from(NOW);
        JDBC.update("""
                        INSERT INTO invoices (id, business_id, party_id, customer_id, invoice_number, issue_date, amount,
                          amount_paid, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                UUID.randomUUID(), business, party, customer, number, issued, new BigDecimal(amount), new BigDecimal(paid),
                status, at, at);
    }

    @Test
    void theDashboardAddsUpEveryBusinessThatBillsTheCustomer() {
        Dashboard dashboard = queries.handle(new FindPortalDashboard(customer));
        assertThat(dashboard.businesses()).extracting(CustomerPortalReader.BusinessTotals::businessName)
                .containsExactly("Anand Chemist", "Sharma Dairy");
        assertThat(dashboard.totalOutstanding()).isEqualByComparingTo("550.00");
        assertThat(dashboard.totalPaid()).isEqualByComparingTo("1200.00");
        assertThat(dashboard.unpaidInvoices()).isEqualTo(2);
        assertThat(dashboard.recentInvoices()).extracting(CustomerPortalReader.PortalInvoice::invoiceNumber).containsExactly("C-1", "D-2", "D-1");
    }

    @Test
    void invoicesOfOneBusinessAndStatusComeWithThatBusinessesSummary() {
        InvoiceList list = queries.handle(new FindPortalInvoices(customer, dairy, List.of("unpaid", "partially_paid")));
        assertThat(list.businessName()).isEqualTo("Sharma Dairy");
        assertThat(list.invoices()).extracting(CustomerPortalReader.PortalInvoice::invoiceNumber).containsExactly("D-2");
        assertThat(list.summary().totalInvoices()).isEqualTo(2);
        assertThat(list.summary().totalOutstanding()).isEqualByComparingTo("300.00");
    }

    @Test
    void theBalanceOfABusinessAveragesItsInvoicesAndABusinessThatDoesNotBillTheCustomerIsUnknown() {
        Balance balance = queries.handle(new FindPortalBalance(customer, dairy));
        assertThat(balance.avgInvoiceAmount()).isEqualByComparingTo("750.00");
        assertThat(balance.totalPaidLifetime()).isEqualByComparingTo("1200.00");
        assertThatThrownBy(() -> queries.handle(new FindPortalBalance(customer, UUID.randomUUID())))
                .isInstanceOf(NoSuchElementException.class);
    }
}
