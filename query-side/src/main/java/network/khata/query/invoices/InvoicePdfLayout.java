package network.khata.query.invoices;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import network.khata.api.documents.InvoiceDocument;
import network.khata.api.invoices.InvoicePdf;
import network.khata.api.invoices.InvoiceStatus;
import network.khata.query.documents.Languages;
import network.khata.query.documents.Printed;
import network.khata.query.documents.ShapedText;
import network.khata.query.payments.QrCodes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ResourceBundle;

/**
 * The invoice's one-page PDF (OpenPDF) from an {@link InvoiceDocument}, whoever filled it: the owner's and the
 * customer's downloads from the invoices read model, a message from what it carries.
 */
final class InvoicePdfLayout {
    private InvoicePdfLayout() {
    }

    /**
     * English in Helvetica with "Rs" (it has no rupee sign); every other language through {@link ShapedText}, its script
     * shaped and "₹"; names in any script are shaped in every language.
     */
    static InvoicePdf render(InvoiceDocument invoice, String requestedLanguage) {
        String language = Languages.CODES.contains(requestedLanguage) ? requestedLanguage : "en";
        ResourceBundle words = Languages.texts("invoice", language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(line(invoice.businessName(), 18, true));
            if (invoice.businessAddress() != null) {
                for (String addressLine : invoice.businessAddress().split("\\R")) {
                    document.add(line(addressLine, 10, false));
                }
            }
            if (invoice.businessGstin() != null) {
                document.add(line(words.getString("gstin") + " " + invoice.businessGstin(), 10, false));
            }
            document.add(line(words.getString("invoice").formatted(invoice.invoiceNumber()), 14, false));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            BigDecimal amount = invoice.amount();
            BigDecimal paid = invoice.amountPaid();
            String status = InvoiceStatus.of(paid, amount).code();
            row(table, words.getString("billedTo"), invoice.customerName() + " (" + invoice.customerPhone() + ")");
            row(table, words.getString("issued"), Printed.day(invoice.issueDate()));
            row(table, words.getString("due"), invoice.dueDate() == null ? "-" : Printed.day(invoice.dueDate()));
            row(table, words.getString("amount"), Printed.rupees(amount, language));
            row(table, words.getString("paid"), Printed.rupees(paid, language));
            row(table, words.getString("outstanding"), Printed.rupees(amount.subtract(paid), language));
            row(table, words.getString("status"), words.containsKey("status." + status) ? words.getString("status." + status) : status);
            document.add(table);
            if (!"paid".equals(status) && invoice.paymentLink() != null) {
                payLink(document, words.getString("scan"), invoice.paymentLink());
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not render the invoice PDF", e);
        }
        return new InvoicePdf(invoice.invoiceNumber().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf", out.toByteArray());
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

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(ShapedText.cell(label, 11, true, false));
        table.addCell(ShapedText.cell(value, 11, false, false));
    }
}
