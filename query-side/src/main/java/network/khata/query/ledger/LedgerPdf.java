package network.khata.query.ledger;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import network.khata.query.documents.Printed;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Ledgers as a PDF statement to share or print: per business the opening balance, each invoice (debit) and payment
 * (credit) with the balance after it, the closing balance; then the total owed. Amounts the Indian way and dates
 * dd-mm-yyyy ({@link Printed}). English only for now: Helvetica has neither Devanagari nor the rupee sign.
 */
public final class LedgerPdf {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font PLAIN = FontFactory.getFont(FontFactory.HELVETICA, 10);

    private LedgerPdf() {
    }

    public static byte[] of(List<Ledger> accounts, LocalDate from, LocalDate to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Statement" + (accounts.isEmpty() ? "" : " of " + accounts.get(0).customerName()), TITLE));
            document.add(new Paragraph((from == null ? "From the first entry" : "From " + Printed.day(from))
                    + (to == null ? " to today" : " to " + Printed.day(to)), PLAIN));
            BigDecimal total = BigDecimal.ZERO;
            for (Ledger ledger : accounts) {
                document.add(new Paragraph(" "));
                document.add(new Paragraph(ledger.businessName(), BOLD));
                document.add(table(ledger));
                total = total.add(ledger.closingBalance());
            }
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Total owed: " + Printed.rupees(total), TITLE));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not render the statement", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(Ledger ledger) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 1.2f, 1.8f, 1.4f, 1.4f, 1.5f});
        table.setWidthPercentage(100);
        for (String heading : List.of("Date", "Entry", "Invoice", "Debit", "Credit", "Balance")) {
            table.addCell(cell(heading, BOLD, List.of("Debit", "Credit", "Balance").contains(heading)));
        }
        summaryRow(table, "Opening balance", ledger.openingBalance());
        for (Ledger.Entry entry : ledger.entries()) {
            table.addCell(cell(Printed.day(entry.date()), PLAIN, false));
            boolean named = entry.method() != null && !entry.method().equals("other");
            table.addCell(cell(entry.kind().equals("invoice") ? "Invoice" : entry.kind().equals("credit_note") ? "Credit note"
                    : "Payment" + (named ? " (" + entry.method() + ")" : ""), PLAIN, false));
            table.addCell(cell(entry.invoiceNumber(), PLAIN, false));
            table.addCell(cell(entry.debit().signum() == 0 ? "" : Printed.rupees(entry.debit()), PLAIN, true));
            table.addCell(cell(entry.credit().signum() == 0 ? "" : Printed.rupees(entry.credit()), PLAIN, true));
            table.addCell(cell(Printed.rupees(entry.balance()), PLAIN, true));
        }
        summaryRow(table, "Closing balance", ledger.closingBalance());
        return table;
    }

    private static void summaryRow(PdfPTable table, String label, BigDecimal balance) {
        PdfPCell name = cell(label, BOLD, false);
        name.setColspan(5);
        table.addCell(name);
        table.addCell(cell(Printed.rupees(balance), BOLD, true));
    }

    private static PdfPCell cell(String text, Font font, boolean right) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }
}
