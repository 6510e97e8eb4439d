package network.khata.query.customers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import network.khata.query.documents.Languages;

/**
 * Ledgers as CSV for a spreadsheet or to keep: per business an opening row, one row per entry and a closing row, then
 * the total owed; amounts as plain numbers (a spreadsheet formats them), dates ISO. In any of the ten languages, in the words
 * a khata uses (नामे, जमा, बाकी). Names are quoted as CSV quotes a field, and never start a formula. The file starts
 * with a byte-order mark: without it Excel, where most owners and customers open a CSV, reads UTF-8 Hindi as garbage.
 */
public final class LedgerCsv {
    private LedgerCsv() {
    }

    /** @param language one of {@link Languages#CODES}: the statement's words (lower case, as a spreadsheet's columns) */
    public static String of(List<Ledger> accounts, String language) {
        ResourceBundle texts = Languages.texts("statement", language);
        java.util.function.Function<String, String> w = key -> texts.getString(key).toLowerCase(Locale.ROOT);
        StringBuilder csv = new StringBuilder("\uFEFF").append(w.apply("customer")).append(',')
                .append(quoted(accounts.isEmpty() ? "" : accounts.get(0).customerName())).append('\n')
                .append(String.join(",", List.of("business", "date", "entry", "invoiceNumber", "method", "debit", "credit", "balance")
                        .stream().map(w).toList())).append('\n');
        BigDecimal total = BigDecimal.ZERO;
        for (Ledger ledger : accounts) {
            String business = quoted(ledger.businessName());
            csv.append(business).append(',').append(ledger.from() == null ? "" : ledger.from()).append(',').append(w.apply("opening"))
                    .append(",,,,,").append(ledger.openingBalance().toPlainString()).append('\n');
            for (Ledger.Entry entry : ledger.entries()) {
                String kind = entry.kind().equals("invoice") ? "invoice" : entry.kind().equals("credit_note") ? "creditNote" : "payment";
                csv.append(String.join(",", business, entry.date().toString(), w.apply(kind),
                        quoted(entry.invoiceNumber()), entry.method() == null ? "" : entry.method(), entry.debit().toPlainString(),
                        entry.credit().toPlainString(), entry.balance().toPlainString())).append('\n');
            }
            csv.append(business).append(',').append(ledger.to() == null ? "" : ledger.to()).append(',').append(w.apply("closing"))
                    .append(",,,,,").append(ledger.closingBalance().toPlainString()).append('\n');
            total = total.add(ledger.closingBalance());
        }
        return csv.append(",,").append(w.apply("totalOwed")).append(",,,,,").append(total.setScale(2).toPlainString()).append('\n').toString();
    }

    /** Quoted, inner quotes doubled; a leading = + - @ is prefixed with ' so a spreadsheet does not run it as a formula. */
    private static String quoted(String text) {
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
