package network.khata.query.invoices;

import network.khata.api.invoices.FindInvoiceAttachment;
import network.khata.api.invoices.InvoiceAttachment;
import network.khata.api.documents.InvoiceDocument;
import network.khata.api.invoices.InvoicePdf;
import network.khata.api.invoices.RenderInvoiceDocument;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers {@link RenderInvoicePdf} and {@link RenderCustomerInvoicePdf}: the invoice as a one-page PDF, only
 * for the business that issued it or the customer it bills; and {@link FindInvoiceAttachment}, the same PDF for a
 * message planned before messages carried their invoice, or "not ready" while the invoice is not in the read models
 * yet; and {@link RenderInvoiceDocument}, the PDF of what a message carries, reading nothing. One layout draws them all
 * ({@link InvoicePdfLayout}).
 */
@Component
public class InvoicePdfQueries {
    private final JdbcTemplate jdbc;

    public InvoicePdfQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public InvoicePdf handle(RenderInvoicePdf query) {
        return pdf("i.business_id", query.invoiceId(), query.businessId(), query.language())
                .orElseThrow(() -> new NoSuchElementException("no invoice " + query.invoiceId() + " in this business (yet)"));
    }

    @QueryHandler
    public InvoicePdf handle(RenderCustomerInvoicePdf query) {
        return pdf("i.customer_id", query.invoiceId(), query.customerId(), query.language())
                .orElseThrow(() -> new NoSuchElementException("no invoice " + query.invoiceId() + " billed to you"));
    }

    @QueryHandler
    public InvoiceAttachment handle(FindInvoiceAttachment query) {
        return pdf("i.business_id", query.invoiceId(), query.businessId(), query.language())
                .map(InvoiceAttachment::of).orElseGet(InvoiceAttachment::notReady);
    }

    @QueryHandler
    public InvoicePdf handle(RenderInvoiceDocument query) {
        return InvoicePdfLayout.render(query.document(), query.language());
    }

    private Optional<InvoicePdf> pdf(String ownerColumn, UUID invoiceId, UUID owner, String language) {
        return jdbc.query("""
                        SELECT i.*, p.name AS customer_name, p.phone, b.name AS business_name, b.address AS business_address,
                          b.gstin AS business_gstin
                        FROM invoices i JOIN parties p ON p.id = i.party_id JOIN businesses b ON b.id = i.business_id
                        WHERE i.id = ? AND\s""" + ownerColumn + " = ?", (rs, row) -> new InvoiceDocument(
                        rs.getString("business_name"), rs.getString("business_address"), rs.getString("business_gstin"),
                        rs.getString("invoice_number"), rs.getString("customer_name"), rs.getString("phone"),
                        rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                        rs.getBigDecimal("amount"), rs.getBigDecimal("amount_paid"), rs.getString("payment_link")),
                invoiceId, owner).stream().findFirst().map(document -> InvoicePdfLayout.render(document, language));
    }
}
