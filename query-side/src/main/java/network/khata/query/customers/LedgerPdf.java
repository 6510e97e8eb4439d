package network.khata.query.customers;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import network.khata.query.documents.ShapedText;
import network.khata.query.documents.Printed;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import network.khata.query.documents.Languages;

/**
 * Ledgers as a PDF statement to share or print: per business the opening balance, each invoice (debit, as first
 * billed), payment and credit note (credits) with the balance after it, the closing balance; then the total owed. In
 * English (Helvetica) or any other of the ten {@link Languages} (its script shaped, {@link ShapedText}); amounts the
 * Indian way ("Rs" in English, where Helvetica has no rupee sign, "₹" in the others) and dates dd-mm-yyyy
 * ({@link Printed}).
 */
public final class LedgerPdf {
    /** The statement's words in one language ({@code i18n/statement_<code>.properties}); English is drawn in Helvetica. */
    private record Words(ResourceBundle texts, String language) {
        boolean english() {
            return "en".equals(language);
        }

        String of(String key) {
            return texts.getString(key);
        }

        List<String> headings() {
            return List.of(of("date"), of("entry"), of("invoiceNumber"), of("debit"), of("credit"), of("balance"));
        }
    }

    private static final float TITLE = 16;
    private static final float BODY = 10;

    private LedgerPdf() {
    }

    /** @param language one of {@link Languages#CODES} */
    public static byte[] of(List<Ledger> accounts, LocalDate from, LocalDate to, String language) {
        Words w = new Words(Languages.texts("statement", language), language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(line(accounts.isEmpty() ? w.of("statement").replace("%s", "").strip()
                    : w.of("statement").formatted(accounts.get(0).customerName()), TITLE, true, w));
            document.add(line((from == null ? w.of("firstEntry") : w.of("from").formatted(Printed.day(from)))
                    + (to == null ? w.of("today") : w.of("to").formatted(Printed.day(to))), BODY, false, w));
            BigDecimal total = BigDecimal.ZERO;
            for (Ledger ledger : accounts) {
                document.add(new Paragraph(" "));
                document.add(line(ledger.businessName(), BODY, true, w));
                document.add(table(ledger, w));
                total = total.add(ledger.closingBalance());
            }
            document.add(new Paragraph(" "));
            document.add(line(w.of("totalOwed") + ": " + rupees(total, w), TITLE, true, w));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not render the statement", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(Ledger ledger, Words w) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 1.9f, 1.3f, 1.4f, 1.4f, 1.5f});
        table.setWidthPercentage(100);
        for (int column = 0; column < 6; column++) {
            table.addCell(cell(w.headings().get(column), true, column >= 3, w));
        }
        summaryRow(table, w.of("opening"), ledger.openingBalance(), w);
        for (Ledger.Entry entry : ledger.entries()) {
            table.addCell(cell(Printed.day(entry.date()), false, false, w));
            boolean named = entry.method() != null && !entry.method().equals("other");
            table.addCell(cell(entry.kind().equals("invoice") ? w.of("invoice") : entry.kind().equals("credit_note") ? w.of("creditNote")
                    : w.of("payment") + (named ? " (" + entry.method() + ")" : ""), false, false, w));
            table.addCell(cell(entry.invoiceNumber(), false, false, w));
            table.addCell(cell(entry.debit().signum() == 0 ? "" : rupees(entry.debit(), w), false, true, w));
            table.addCell(cell(entry.credit().signum() == 0 ? "" : rupees(entry.credit(), w), false, true, w));
            table.addCell(cell(rupees(entry.balance(), w), false, true, w));
        }
        summaryRow(table, w.of("closing"), ledger.closingBalance(), w);
        return table;
    }

    private static String rupees(BigDecimal amount, Words w) {
        return Printed.rupees(amount, w.language());
    }

    private static void summaryRow(PdfPTable table, String label, BigDecimal balance, Words w) {
        PdfPCell name = cell(label, true, false, w);
        name.setColspan(5);
        table.addCell(name);
        table.addCell(cell(rupees(balance, w), true, true, w));
    }

    /** A line of text: a paragraph in Helvetica, or a borderless one-cell table whose script is shaped. */
    private static Element line(String text, float size, boolean bold, Words w) {
        if (w.english()) {
            return new Paragraph(text, FontFactory.getFont(bold ? FontFactory.HELVETICA_BOLD : FontFactory.HELVETICA, size));
        }
        PdfPTable line = new PdfPTable(1);
        line.setWidthPercentage(100);
        line.addCell(ShapedText.line(text, size, bold));
        return line;
    }

    private static PdfPCell cell(String text, boolean bold, boolean right, Words w) {
        if (!w.english()) {
            return ShapedText.cell(text, BODY, bold, right);
        }
        PdfPCell cell = new PdfPCell(new Phrase(text, FontFactory.getFont(bold ? FontFactory.HELVETICA_BOLD : FontFactory.HELVETICA, BODY)));
        cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }
}
