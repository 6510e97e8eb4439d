package network.khata.query.invoices;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import network.khata.api.invoice.InvoicePdf;
import network.khata.api.invoice.RenderCustomerInvoicePdf;
import network.khata.api.invoice.RenderInvoicePdf;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Answers {@link RenderInvoicePdf} and {@link RenderCustomerInvoicePdf}: the invoice as a one-page PDF (OpenPDF), only
 * for the business that issued it or the customer it bills.
 */
@Component
public class InvoicePdfQueries {
    private final JdbcTemplate jdbc;

    public InvoicePdfQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public InvoicePdf handle(RenderInvoicePdf query) {
        return pdf("i.business_id", query.invoiceId(), query.businessId(), "in this business (yet)");
    }

    @QueryHandler
    public InvoicePdf handle(RenderCustomerInvoicePdf query) {
        return pdf("i.customer_id", query.invoiceId(), query.customerId(), "billed to you");
    }

    private InvoicePdf pdf(String ownerColumn, UUID invoiceId, UUID owner, String notFound) {
        Map<String, Object> invoice = jdbc.queryForList("""
                        SELECT i.*, p.name AS customer_name, p.phone, b.name AS business_name
                        FROM invoices i JOIN parties p ON p.id = i.party_id JOIN businesses b ON b.id = i.business_id
                        WHERE i.id = ? AND\s""" + ownerColumn + " = ?", invoiceId, owner)
                .stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("no invoice " + invoiceId + " " + notFound));
        String number = (String) invoice.get("invoice_number");
        return new InvoicePdf(number.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf", render(invoice));
    }

    private static byte[] render(Map<String, Object> invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(String.valueOf(invoice.get("business_name")), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18)));
            document.add(new Paragraph("Invoice " + invoice.get("invoice_number"), FontFactory.getFont(FontFactory.HELVETICA, 14)));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            BigDecimal amount = (BigDecimal) invoice.get("amount");
            BigDecimal paid = (BigDecimal) invoice.get("amount_paid");
            row(table, "Billed to", invoice.get("customer_name") + " (" + invoice.get("phone") + ")");
            row(table, "Issued", String.valueOf(invoice.get("issue_date")));
            row(table, "Due", invoice.get("due_date") == null ? "-" : String.valueOf(invoice.get("due_date")));
            row(table, "Amount", "Rs " + amount.toPlainString());
            row(table, "Paid", "Rs " + paid.toPlainString());
            row(table, "Outstanding", "Rs " + amount.subtract(paid).toPlainString());
            row(table, "Status", String.valueOf(invoice.get("status")));
            document.add(table);
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Pay online: " + invoice.get("payment_link"), FontFactory.getFont(FontFactory.HELVETICA, 11, Font.UNDERLINE)));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not render the invoice PDF", e);
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(new Paragraph(label, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
        table.addCell(new Paragraph(value, FontFactory.getFont(FontFactory.HELVETICA, 11)));
    }
}
