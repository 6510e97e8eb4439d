package network.khata.query.customers;

import network.khata.query.documents.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** A statement as the file a person downloads: CSV or PDF, in any of the ten languages, named for what it holds. */
public final class StatementFile {
    public static final String FORMATS = "csv|pdf";

    private StatementFile() {
    }

    public static ResponseEntity<byte[]> of(List<Ledger> accounts, String format, String language, LocalDate from, LocalDate to,
                                            String name) {
        boolean pdf = format.equals("pdf");
        return Downloads.of(pdf ? LedgerPdf.of(accounts, from, to, language) : LedgerCsv.of(accounts, language).getBytes(StandardCharsets.UTF_8),
                pdf ? MediaType.APPLICATION_PDF : new MediaType("text", "csv", StandardCharsets.UTF_8), name + "." + format);
    }
}
