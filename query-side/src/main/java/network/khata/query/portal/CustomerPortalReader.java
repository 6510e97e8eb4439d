package network.khata.query.portal;

import network.khata.query.identity.FirstNames;
import org.springframework.lang.Nullable;
import network.khata.query.payments.Payable;
import network.khata.api.businesses.BusinessTimeZone;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import network.khata.api.payments.PaymentLinks;
import network.khata.api.identity.NetworkIds;
import network.khata.query.invoices.InvoicePayment;
import network.khata.query.invoices.InvoicePayments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a customer sees in the portal: their businesses with totals, and their invoices. Every query names the
 * customer, and PostgreSQL's row-level security (the request's scope) would hide any other customer's rows anyway.
 */
@Repository
public class CustomerPortalReader {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final PaymentLinks paymentLinks;
    private final InvoicePayments payments;

    public CustomerPortalReader(JdbcTemplate jdbc, Clock clock, PaymentLinks paymentLinks, InvoicePayments payments) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.paymentLinks = paymentLinks;
        this.payments = payments;
    }

    /**
     * One business that holds the customer's number: the name it gave them ({@code registered_as}) and whether its first
     * name differs from the one the network first knew ({@code name_differs}: ask "is this you?").
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BusinessTotals(UUID businessId, String businessName, int totalInvoices, int unpaidInvoices,
                                 BigDecimal totalOutstanding, BigDecimal totalPaid, BigDecimal totalAmount,
                                 @Nullable LocalDate lastTransaction, String registeredAs, boolean nameDiffers) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PortalInvoice(UUID invoiceId, UUID businessId, String businessName, String invoiceNumber, LocalDate date,
                                BigDecimal amount, BigDecimal amountPaid, BigDecimal outstanding, String status,
                                @Nullable LocalDate dueDate, @Nullable Long daysUntilDue, @Nullable String paymentLink, String pdfUrl,
                                List<InvoicePayment> payments, @Nullable String customerSay) {
        PortalInvoice withPayments(List<InvoicePayment> paid) {
            return new PortalInvoice(invoiceId, businessId, businessName, invoiceNumber, date, amount, amountPaid, outstanding,
                    status, dueDate, daysUntilDue, paymentLink, pdfUrl, paid, customerSay);
        }
    }

    /** Every business that has this customer in its khata (and the customer did not say "not me"), with their totals there; by name. */
    public List<BusinessTotals> businesses(UUID customerId) {
        String networkName = FirstNames.of(customerName(customerId).orElse(""));
        return jdbc.query("""
                SELECT b.id, b.name, p.name AS registered_as, count(i.id) AS invoices,
                       count(i.id) FILTER (WHERE i.status <> 'paid') AS unpaid,
                       coalesce(sum(i.amount - i.amount_paid), 0) AS outstanding,
                       coalesce(sum(i.amount_paid), 0) AS paid, coalesce(sum(i.amount), 0) AS amount, max(i.issue_date) AS last
                FROM parties p JOIN businesses b ON b.id = p.business_id LEFT JOIN invoices i ON i.party_id = p.id
                WHERE p.customer_id = ? AND p.disowned_at IS NULL
                GROUP BY b.id, b.name, p.name ORDER BY b.name, b.id""", (rs, row) -> new BusinessTotals(
                rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("invoices"), rs.getInt("unpaid"), money(rs, "outstanding"),
                money(rs, "paid"), money(rs, "amount"), rs.getObject("last", LocalDate.class), rs.getString("registered_as"),
                !networkName.isEmpty() && !FirstNames.of(rs.getString("registered_as")).equals(networkName)), customerId);
    }

    public Optional<BusinessTotals> business(UUID customerId, UUID businessId) {
        return businesses(customerId).stream().filter(business -> business.businessId().equals(businessId)).findFirst();
    }

    /** The name the customer gave the network when first registered, as the profile keeps it. */
    /** The customer's own notification preferences, as the network profile keeps them. */
    public Dashboard.Preferences preferences(UUID customerId) {
        return jdbc.query("SELECT notifications_enabled, preferred_channels, preferred_language, preferences_chosen FROM customer_network_profile "
                        + "WHERE customer_id = ?", (rs, row) -> new Dashboard.Preferences(rs.getBoolean(1),
                        rs.getString(2) == null || rs.getString(2).isBlank() ? Dashboard.Preferences.DEFAULT.preferredChannels()
                                : List.of(rs.getString(2).split(",")), rs.getString(3), rs.getBoolean(4)), customerId)
                .stream().findFirst().orElse(Dashboard.Preferences.DEFAULT);
    }

    public Optional<String> customerName(UUID customerId) {
        return jdbc.queryForList("SELECT profile_name FROM customer_network_profile WHERE customer_id = ?", String.class, customerId)
                .stream().findFirst();
    }

    /**
     * @param businessId null for every business
     * @param statuses   null for every status
     */
    public List<PortalInvoice> invoices(UUID customerId, UUID businessId, List<String> statuses, int limit) {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTimeZone.DEFAULT));
        List<PortalInvoice> invoices = jdbc.query("""
                        SELECT i.*, b.name AS business_name FROM invoices i JOIN businesses b ON b.id = i.business_id
                        JOIN parties p ON p.id = i.party_id AND p.disowned_at IS NULL
                        WHERE i.customer_id = ? AND (?::uuid IS NULL OR i.business_id = ?::uuid)
                          AND (?::text[] IS NULL OR i.status = ANY (?::text[]))
                        ORDER BY i.issue_date DESC, i.invoice_number DESC LIMIT ?""",
                (rs, row) -> invoice(rs, today), customerId, businessId, businessId,
                statuses == null ? null : statuses.toArray(String[]::new), statuses == null ? null : statuses.toArray(String[]::new),
                limit);
        Map<UUID, List<InvoicePayment>> paid = payments.of(invoices.stream().map(PortalInvoice::invoiceId).toList());
        return invoices.stream().map(invoice -> invoice.withPayments(paid.getOrDefault(invoice.invoiceId(), List.of()))).toList();
    }

    private PortalInvoice invoice(ResultSet rs, LocalDate today) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        BigDecimal amount = money(rs, "amount");
        BigDecimal paid = money(rs, "amount_paid");
        return new PortalInvoice(id, rs.getObject("business_id", UUID.class), rs.getString("business_name"),
                rs.getString("invoice_number"), rs.getObject("issue_date", LocalDate.class), amount, paid, amount.subtract(paid),
                rs.getString("status"), due, due == null ? null : ChronoUnit.DAYS.between(today, due),
                paymentLinks.forInvoice(id), "/api/customer-portal/invoices/" + id + "/pdf", List.of(), rs.getString("customer_say"));
    }

    /** Where the customer pays what they owe the business. */
    /** How the business takes payment online ({@link Payable#acceptedOnline}). */
    public List<String> paymentMethods(UUID businessId, boolean razorpayEnabled) {
        return jdbc.query("SELECT payment_methods, upi_vpa FROM businesses WHERE id = ?",
                (rs, row) -> Payable.acceptedOnline(rs.getString("payment_methods"), rs.getString("upi_vpa"), razorpayEnabled),
                businessId).stream().findFirst().orElse(List.of());
    }

    public String balancePaymentLink(UUID customerId, UUID businessId) {
        return paymentLinks.forBalance(NetworkIds.partyId(businessId, customerId));
    }

    private static BigDecimal money(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
