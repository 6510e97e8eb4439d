package network.khata.query.documents;

import network.khata.api.invoices.InvoicePdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document answered as a download: its type, and the file name a browser saves it under. */
public final class Downloads {
    private Downloads() {
    }

    public static ResponseEntity<byte[]> of(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }

    public static ResponseEntity<byte[]> of(InvoicePdf pdf) {
        return of(pdf.content(), MediaType.APPLICATION_PDF, pdf.fileName());
    }
}
