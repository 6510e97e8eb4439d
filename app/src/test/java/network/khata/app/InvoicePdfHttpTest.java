package network.khata.app;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 27 (in part): the invoice PDF writes amounts the Indian way and dates dd-mm-yyyy, as the messages do, its status
 * in words, and carries the pay link as a QR code while something is owed (the test reads the PDF's text).
 */
@PostgresEngineApp
class InvoicePdfHttpTest extends PortalApiTest {

    @Test
    void thePdfWritesRupeesAndDatesTheIndianWayWithAQrCodeToPay() throws Exception {
        Owner shop = newBusiness("Shree Ganesh Fertilizer");
        Customer customer = registerCustomer(shop, "Ramesh Kumar", newPhone(), false);
        String invoice = post("/api/invoices", shop, """
                {"customer_id": "%s", "invoice_number": "INV-2026-001", "amount": 125000.50, "issue_date": "2026-11-20", "due_date": "2026-12-05"}"""
                .formatted(customer.id())).body().get("invoice_id").asText();
        assertThat(post("/api/invoices/" + invoice + "/payments", shop, "{\"amount\": 25000}").status()).isEqualTo(201);
        String paid = invoice(shop, customer, "INV-2026-002", "400");
        assertThat(post("/api/invoices/" + paid + "/payments", shop, "{\"amount\": 400}").status()).isEqualTo(201);
        org.awaitility.Awaitility.await().until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM invoices WHERE customer_id = ?::uuid AND amount_paid > 0", Long.class, customer.id()) == 2);

        byte[] pdf = download("/api/invoices/" + invoice + "/pdf", shop);
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Rs 1,25,000.50", "Rs 25,000.00", "Rs 1,00,000.50", "20-11-2026", "05-12-2026",
                "Partly paid", "Scan to pay", "/pay/i/").doesNotContain("partially_paid", "2026-11-20");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "invoice.pdf"), pdf);

        String settled = new PdfTextExtractor(new PdfReader(download("/api/invoices/" + paid + "/pdf", shop))).getTextFromPage(1);
        assertThat(settled).contains("Paid in full", "Rs 400.00").doesNotContain("Scan to pay");

        // issue 27: every language the Indian way, its script shaped (pictures: invoice-pdf-ta.png, invoice-pdf-bn.png)
        for (String language : java.util.List.of("hi", "mr", "gu", "bn", "ta", "te", "kn", "ml", "pa")) {
            byte[] translated = download("/api/invoices/" + invoice + "/pdf?lang=" + language, shop);
            if (language.equals("ta") || language.equals("bn")) {
                PdfPages.keep(translated, "invoice-pdf-" + language);
            }
            assertThat(new PdfTextExtractor(new PdfReader(translated)).getTextFromPage(1).replaceAll("\\s", "")).as(language)
                    .contains("₹1,25,000.50", "₹25,000.00", "₹1,00,000.50", "20-11-2026", "05-12-2026", "INV-2026-001", "/pay/i/")
                    .doesNotContain("2026-11-20", "Rs");
        }
    }
}
