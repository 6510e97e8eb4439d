package network.khata.query.payments;

import network.khata.api.payments.PayTokens;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Answers the pay pages. They are asked in a pay scope (row-level security lets the request read the one invoice, or
 * the one party's invoices, that its link opens), and each selects only what {@link Payable} shows. A short link's
 * code is looked up first, outside any scope ({@code pay_link_codes} holds no customer data).
 */
@Component
public class PayQueries {
    private final JdbcTemplate jdbc;

    public PayQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<Payable> handle(FindPayableInvoice query) {
        return jdbc.query("""
                        SELECT i.invoice_number, i.amount AS billed, i.amount_paid AS paid, i.amount - i.amount_paid AS due,
                               i.due_date, i.provider_link_url,
                               b.name, b.upi_vpa, b.payee_name, b.payment_methods
                        FROM invoices i JOIN businesses b ON b.id = i.business_id WHERE i.id = ?""",
                (rs, row) -> payable(rs, rs.getString("invoice_number"), rs.getString("invoice_number"),
                        rs.getString("provider_link_url")), query.invoiceId()).stream().findFirst();
    }

    @QueryHandler
    public Optional<Payable> handle(FindPayableBalance query) {
        return jdbc.query("""
                        SELECT coalesce(sum(i.amount), 0) AS billed, coalesce(sum(i.amount_paid), 0) AS paid,
                               coalesce(sum(i.amount - i.amount_paid), 0) AS due,
                               min(i.due_date) FILTER (WHERE i.amount > i.amount_paid) AS due_date,
                               b.name, b.upi_vpa, b.payee_name, b.payment_methods
                        FROM parties p JOIN businesses b ON b.id = p.business_id LEFT JOIN invoices i ON i.party_id = p.id
                        WHERE p.id = ? GROUP BY b.id""",
                (rs, row) -> payable(rs, null, "KHATA " + query.partyId().toString().substring(0, 8).toUpperCase(), null),
                query.partyId()).stream().findFirst();
    }

    @QueryHandler
    public Optional<PayLinkTarget> handle(FindPayLinkCode query) {
        return jdbc.query("SELECT kind, subject FROM pay_link_codes WHERE code = ?",
                (rs, row) -> new PayLinkTarget(PayTokens.Kind.valueOf(rs.getString("kind")), rs.getObject("subject", UUID.class)),
                query.code()).stream().findFirst();
    }

    private static Payable payable(ResultSet rs, String invoiceNumber, String reference, String providerLink) throws SQLException {
        Set<String> methods = Payable.methods(rs.getString("payment_methods"));
        String businessName = rs.getString("name");
        String payee = rs.getString("payee_name");
        BigDecimal due = rs.getBigDecimal("due").setScale(2, RoundingMode.HALF_UP);
        return new Payable(businessName, payee == null ? businessName : payee, invoiceNumber,
                rs.getBigDecimal("billed").setScale(2, RoundingMode.HALF_UP), rs.getBigDecimal("paid").setScale(2, RoundingMode.HALF_UP), due,
                rs.getObject("due_date", LocalDate.class), reference,
                methods.contains("upi") ? rs.getString("upi_vpa") : null,
                methods.contains("razorpay") ? providerLink : null);
    }
}
