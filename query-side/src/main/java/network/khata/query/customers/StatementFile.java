package network.khata.query.customers;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + "." + format).build().toString())
                .body(pdf ? LedgerPdf.of(accounts, from, to, language) : LedgerCsv.of(accounts, language).getBytes(StandardCharsets.UTF_8));
    }
}
