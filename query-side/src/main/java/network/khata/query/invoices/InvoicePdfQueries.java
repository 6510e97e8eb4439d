package network.khata.query.invoices;

import network.khata.query.documents.Printed;
import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import com.lowagie.text.Image;
import network.khata.query.payments.QrCodes;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import network.khata.api.invoices.FindInvoiceAttachment;
import network.khata.api.invoices.InvoiceAttachment;
import network.khata.api.invoices.InvoicePdf;
import network.khata.api.invoices.RenderCustomerInvoicePdf;
import network.khata.api.invoices.RenderInvoicePdf;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.ResourceBundle;
import network.khata.query.documents.Languages;
import network.khata.query.documents.ShapedText;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers {@link RenderInvoicePdf} and {@link RenderCustomerInvoicePdf}: the invoice as a one-page PDF (OpenPDF), only
 * for the business that issued it or the customer it bills; and {@link FindInvoiceAttachment}, the same PDF for a
 * message, or "not ready" while the invoice is not in the read models yet.
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

    private Optional<InvoicePdf> pdf(String ownerColumn, UUID invoiceId, UUID owner, String language) {
        return jdbc.queryForList("""
                        SELECT i.*, p.name AS customer_name, p.phone, b.name AS business_name, b.address AS business_address,
                          b.gstin AS business_gstin
                        FROM invoices i JOIN parties p ON p.id = i.party_id JOIN businesses b ON b.id = i.business_id
                        WHERE i.id = ? AND\s""" + ownerColumn + " = ?", invoiceId, owner)
                .stream().findFirst().map(invoice -> new InvoicePdf(
                        ((String) invoice.get("invoice_number")).replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf",
                        render(invoice, Languages.CODES.contains(language) ? language : "en")));
    }

    /**
     * English in Helvetica with "Rs" (it has no rupee sign); every other language through {@link ShapedText}, its script
     * shaped and "₹"; names in any script are shaped in every language.
     */
    private static byte[] render(Map<String, Object> invoice, String language) {
        ResourceBundle words = Languages.texts("invoice", language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(line(String.valueOf(invoice.get("business_name")), 18, true));
            if (invoice.get("business_address") != null) {
                for (String addressLine : String.valueOf(invoice.get("business_address")).split("\\R")) {
                    document.add(line(addressLine, 10, false));
                }
            }
            if (invoice.get("business_gstin") != null) {
                document.add(line(words.getString("gstin") + " " + invoice.get("business_gstin"), 10, false));
            }
            document.add(line(words.getString("invoice").formatted(invoice.get("invoice_number")), 14, false));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            BigDecimal amount = (BigDecimal) invoice.get("amount");
            BigDecimal paid = (BigDecimal) invoice.get("amount_paid");
            String status = String.valueOf(invoice.get("status"));
            row(table, words.getString("billedTo"), invoice.get("customer_name") + " (" + invoice.get("phone") + ")");
            row(table, words.getString("issued"), day(invoice.get("issue_date")));
            row(table, words.getString("due"), invoice.get("due_date") == null ? "-" : day(invoice.get("due_date")));
            row(table, words.getString("amount"), Printed.rupees(amount, language));
            row(table, words.getString("paid"), Printed.rupees(paid, language));
            row(table, words.getString("outstanding"), Printed.rupees(amount.subtract(paid), language));
            row(table, words.getString("status"), words.containsKey("status." + status) ? words.getString("status." + status) : status);
            document.add(table);
            if (!"paid".equals(status) && invoice.get("payment_link") != null) {
                payLink(document, words.getString("scan"), String.valueOf(invoice.get("payment_link")));
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not render the invoice PDF", e);
        }
        return out.toByteArray();
    }

    /** A line of its own, shaped (Latin stays Helvetica). */
    private static PdfPTable line(String text, float size, boolean bold) {
        PdfPTable line = new PdfPTable(1);
        line.setWidthPercentage(100);
        line.addCell(ShapedText.line(text, size, bold));
        return line;
    }

    /** The pay link as a QR code a phone's UPI or camera app reads from a printed or shared PDF, and as text beneath it. */
    private static void payLink(Document document, String label, String link) throws DocumentException, IOException {
        document.add(new Paragraph(" "));
        document.add(line(label, 11, true));
        Image qr = qr(QrCodes.modules(link));
        qr.scaleAbsolute(132, 132);
        document.add(qr);
        document.add(new Paragraph(link, FontFactory.getFont(FontFactory.HELVETICA, 10, Font.UNDERLINE)));
    }

    /**
     * The code as a one-bit grey image, a module a pixel (PDF: 0 is black), scaled by the page: encoding it as a PNG
     * first, for the PDF to decode and compress again, doubled the CPU of a send with the PDF attached.
     */
    private static Image qr(BitMatrix modules) throws DocumentException {
        int width = modules.getWidth();
        int rowBytes = (width + 7) / 8;
        byte[] bits = new byte[rowBytes * modules.getHeight()];
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                if (!modules.get(x, y)) {
                    bits[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return Image.getInstance(width, modules.getHeight(), 1, 1, bits);
    }

    private static String day(Object date) {
        return Printed.day(((java.sql.Date) date).toLocalDate());
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(ShapedText.cell(label, 11, true, false));
        table.addCell(ShapedText.cell(value, 11, false, false));
    }
}
