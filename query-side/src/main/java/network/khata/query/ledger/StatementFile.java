package network.khata.query.ledger;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** A statement as the file a person downloads: CSV (English or Hindi) or PDF (English), named for what it holds. */
public final class StatementFile {
    public static final String FORMATS = "csv|pdf";

    private StatementFile() {
    }

    public static ResponseEntity<byte[]> of(List<Ledger> accounts, String format, String language, LocalDate from, LocalDate to,
                                            String name) {
        boolean pdf = format.equals("pdf");
        if (pdf && !language.equals("en")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lang: a PDF statement is in English for now; the CSV is in Hindi too");
        }
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + "." + format).build().toString())
                .body(pdf ? LedgerPdf.of(accounts, from, to) : LedgerCsv.of(accounts, language).getBytes(StandardCharsets.UTF_8));
    }
}
