package network.khata.query.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Ledgers as CSV for a spreadsheet or to keep: per business an opening row, one row per entry and a closing row, then
 * the total owed; amounts as plain numbers (a spreadsheet formats them), dates ISO. In English or Hindi, in the words
 * a khata uses (नामे, जमा, बाकी). Names are quoted as CSV quotes a field, and never start a formula. The file starts
 * with a byte-order mark: without it Excel, where most owners and customers open a CSV, reads UTF-8 Hindi as garbage.
 */
public final class LedgerCsv {
    private static final Map<String, List<String>> WORDS = Map.of(
            "en", List.of("customer", "business", "date", "entry", "invoice", "method", "debit", "credit", "balance",
                    "opening balance", "closing balance", "total owed", "invoice", "payment", "credit note"),
            "hi", List.of("ग्राहक", "दुकान", "तारीख", "विवरण", "बिल", "तरीका", "नामे", "जमा", "बाकी", "पिछला बाकी", "अंतिम बाकी",
                    "कुल बाकी", "बिल", "भुगतान", "क्रेडिट नोट"));

    private LedgerCsv() {
    }

    private static String word(String kind, List<String> w) {
        return kind.equals("invoice") ? w.get(12) : kind.equals("credit_note") ? w.get(14) : w.get(13);
    }

    /** @param language {@code hi} or anything else for English */
    public static String of(List<Ledger> accounts, String language) {
        List<String> w = WORDS.getOrDefault(language, WORDS.get("en"));
        StringBuilder csv = new StringBuilder("\uFEFF").append(w.get(0)).append(',')
                .append(quoted(accounts.isEmpty() ? "" : accounts.get(0).customerName())).append('\n')
                .append(String.join(",", w.subList(1, 9))).append('\n');
        BigDecimal total = BigDecimal.ZERO;
        for (Ledger ledger : accounts) {
            String business = quoted(ledger.businessName());
            csv.append(business).append(',').append(ledger.from() == null ? "" : ledger.from()).append(',').append(w.get(9))
                    .append(",,,,,").append(ledger.openingBalance().toPlainString()).append('\n');
            for (Ledger.Entry entry : ledger.entries()) {
                csv.append(String.join(",", business, entry.date().toString(), word(entry.kind(), w),
                        quoted(entry.invoiceNumber()), entry.method() == null ? "" : entry.method(), entry.debit().toPlainString(),
                        entry.credit().toPlainString(), entry.balance().toPlainString())).append('\n');
            }
            csv.append(business).append(',').append(ledger.to() == null ? "" : ledger.to()).append(',').append(w.get(10))
                    .append(",,,,,").append(ledger.closingBalance().toPlainString()).append('\n');
            total = total.add(ledger.closingBalance());
        }
        return csv.append(",,").append(w.get(11)).append(",,,,,").append(total.setScale(2).toPlainString()).append('\n').toString();
    }

    /** Quoted, inner quotes doubled; a leading = + - @ is prefixed with ' so a spreadsheet does not run it as a formula. */
    private static String quoted(String text) {
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
