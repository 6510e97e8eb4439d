package network.khata.query.ledger;

import java.util.stream.Collectors;

/**
 * A ledger as CSV for a spreadsheet or the customer: one row per entry between an opening and a closing row, amounts
 * as plain numbers (a spreadsheet formats them), dates ISO. The customer's name is quoted as CSV quotes a field.
 */
final class LedgerCsv {
    private LedgerCsv() {
    }

    static String of(Ledger ledger) {
        String rows = ledger.entries().stream().map(entry -> String.join(",", entry.date().toString(), entry.kind(),
                quoted(entry.invoiceNumber()), entry.method() == null ? "" : entry.method(), entry.debit().toPlainString(),
                entry.credit().toPlainString(), entry.balance().toPlainString())).collect(Collectors.joining("\n"));
        return "customer," + quoted(ledger.customerName()) + "\n"
                + "date,entry,invoice,method,debit,credit,balance\n"
                + (ledger.from() == null ? "" : ledger.from()) + ",opening balance,,,,," + ledger.openingBalance().toPlainString() + "\n"
                + (rows.isEmpty() ? "" : rows + "\n")
                + (ledger.to() == null ? "" : ledger.to()) + ",closing balance,,,,," + ledger.closingBalance().toPlainString() + "\n";
    }

    /** Quoted, inner quotes doubled; a leading = + - @ is prefixed with ' so a spreadsheet does not run it as a formula. */
    private static String quoted(String text) {
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
