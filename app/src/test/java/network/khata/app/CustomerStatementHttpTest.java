package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 28 (in part): a customer downloads their history with every business that bills them, and its totals are
 * what the portal says they owe, to the paisa.
 */
@PostgresEngineApp
class CustomerStatementHttpTest extends PortalApiTest {

    @Test
    void theStatementAcrossBusinessesReconcilesWithThePortalBalance() throws Exception {
        String phone = newPhone();
        Owner seeds = newBusiness("Ganesh Seeds");
        Owner fertilizer = newBusiness("Shree Fertilizer");
        Customer atSeeds = registerCustomer(seeds, "Ramesh Kumar", phone, false);
        Customer atFertilizer = registerCustomer(fertilizer, "Ramesh K", phone, false);
        String seed = invoice(seeds, atSeeds, "S-1", "1250.75");
        invoice(seeds, atSeeds, "S-2", "99.99");
        String urea = invoice(fertilizer, atFertilizer, "F-1", "4000");
        assertThat(post("/api/invoices/" + seed + "/payments", seeds, "{\"amount\": 250.25, \"paid_on\": \"2026-11-25\"}").status()).isEqualTo(201);
        assertThat(post("/api/invoices/" + urea + "/payments", fertilizer, "{\"amount\": 1000, \"paid_on\": \"2026-11-26\"}").status()).isEqualTo(201);
        String token = signedIn(phone).get("token").asText();
        await().atMost(Duration.ofSeconds(15)).until(() -> asCustomer("GET", "/api/customer-portal/statement", token, null)
                .body().at("/accounts").findValues("entries").stream().mapToInt(JsonNode::size).sum() == 5);

        JsonNode statement = asCustomer("GET", "/api/customer-portal/statement", token, null).body();
        JsonNode dashboard = asCustomer("GET", "/api/customer-portal/dashboard", token, null).body();
        assertThat(statement.get("accounts")).extracting(account -> account.get("business_name").asText())
                .containsExactly("Ganesh Seeds", "Shree Fertilizer");
        assertThat(statement.get("closing_balance").decimalValue()).isEqualByComparingTo("4100.49")
                .isEqualByComparingTo(dashboard.get("total_outstanding").decimalValue());
        assertThat(statement.at("/accounts/0/entries/2/kind").asText()).isEqualTo("payment");
        assertThat(statement.at("/accounts/0/closing_balance").decimalValue()).isEqualByComparingTo("1100.49");

        JsonNode november = asCustomer("GET", "/api/customer-portal/statement?from=2026-11-26", token, null).body();
        assertThat(november.get("opening_balance").decimalValue()).isEqualByComparingTo("5100.49");
        assertThat(november.get("closing_balance").decimalValue()).isEqualByComparingTo("4100.49");

        Response hindi = send("GET", "/api/customer-portal/statement/export?lang=hi", Map.of("Authorization", "Bearer " + token), null);
        assertThat(hindi.status()).isEqualTo(200);
        assertThat(hindi.contentType()).startsWith("text/csv");
        Response english = send("GET", "/api/customer-portal/statement/export?business_id=" + fertilizer.businessId(),
                Map.of("Authorization", "Bearer " + token), null);
        assertThat(english.status()).isEqualTo(200);
        assertThat(asCustomer("GET", "/api/customer-portal/statement?business_id=" + newBusiness("Elsewhere").businessId(), token, null)
                .status()).isEqualTo(404);

        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/customer-portal/statement/export?format=pdf"))
                .header("Authorization", "Bearer " + token).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "statement.pdf"), pdf.body());
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf.body())).getTextFromPage(1);
        assertThat(text).contains("Statement of Ramesh", "Ganesh Seeds", "Shree Fertilizer", "Rs 1,100.49", "Total owed: Rs 4,100.49",
                "20-11-2026");
    }

    /**
     * Issue 28's reconciliation: invoices, part payments and a credit note in three businesses; the statement's totals
     * are the portal's balance to the paisa, and its PDF and CSV say so in Hindi and English.
     */
    @Test
    void withACreditNoteInThreeBusinessesTheStatementStillAddsUpInHindiAndEnglish() throws Exception {
        String phone = newPhone();
        Owner seeds = newBusiness("गणेश बीज भंडार");
        Owner dairy = newBusiness("Amul Dairy Point");
        Owner hardware = newBusiness("Sharma Hardware");
        Customer atSeeds = registerCustomer(seeds, "रमेश कुमार", phone, false);
        Customer atDairy = registerCustomer(dairy, "Ramesh Kumar", phone, false);
        Customer atHardware = registerCustomer(hardware, "Ramesh K", phone, false);
        String seed = invoice(seeds, atSeeds, "S-1", "1250.75");
        String milk = invoice(dairy, atDairy, "D-1", "999.99");
        String nails = invoice(hardware, atHardware, "H-1", "125000.50");
        assertThat(post("/api/invoices/" + seed + "/payments", seeds, "{\"amount\": 250.25, \"paid_on\": \"2026-11-25\"}").status()).isEqualTo(201);
        assertThat(post("/api/invoices/" + nails + "/payments", hardware, "{\"amount\": 25000, \"paid_on\": \"2026-11-26\"}").status()).isEqualTo(201);
        String token = signedIn(phone).get("token").asText();
        assertThat(asCustomer("POST", "/api/customer-portal/invoices/" + milk + "/dispute", token, "{\"reason\": \"wrong_amount\"}")
                .status()).isEqualTo(200);
        assertThat(post("/api/invoices/" + milk + "/dispute-answer", dairy, "{\"resolution\": \"corrected\", \"corrected_amount\": 899.99}")
                .status()).isEqualTo(200);
        // 1,000.50 + 899.99 + 1,00,000.50 = 1,01,900.99
        await().atMost(Duration.ofSeconds(15)).until(() -> asCustomer("GET", "/api/customer-portal/statement", token, null)
                .body().get("closing_balance").decimalValue().compareTo(new java.math.BigDecimal("101900.99")) == 0);
        JsonNode dashboard = asCustomer("GET", "/api/customer-portal/dashboard", token, null).body();
        assertThat(dashboard.get("total_outstanding").decimalValue()).isEqualByComparingTo("101900.99");
        JsonNode statement = asCustomer("GET", "/api/customer-portal/statement", token, null).body();
        assertThat(statement.findValues("kind")).extracting(JsonNode::asText).contains("credit_note");

        byte[] hindi = bytes("/api/customer-portal/statement/export?format=pdf&lang=hi", token);
        PdfPages.keep(hindi, "statement-pdf-hi");
        // the words and amounts a reader looks for; each shaped glyph is placed on its own, so the text taken back out of
        // the PDF has gaps between them and keeps letters, not every vowel sign (the page itself: statement-pdf-hi.png)
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(hindi)).getTextFromPage(1)
                .replaceAll("\\s", "");
        assertThat(text).contains("खाता", "गणेश", "नोट", "₹1,01,900.99", "₹1,000.50", "₹100.00", "AmulDairyPoint", "H-1");
        byte[] english = bytes("/api/customer-portal/statement/export?format=pdf&lang=en", token);
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(english)).getTextFromPage(1))
                .contains("Credit note", "Total owed: Rs 1,01,900.99", "Opening balance");
        String csv = new String(bytes("/api/customer-portal/statement/export?format=csv&lang=hi", token), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("क्रेडिट नोट", "101900.99");
        // issue 27: every language, its script shaped in the fonts shipped (the pages: statement-pdf-ta.png, statement-pdf-bn.png)
        for (String language : List.of("mr", "gu", "bn", "ta", "te", "kn", "ml", "pa")) {
            byte[] pdf = bytes("/api/customer-portal/statement/export?format=pdf&lang=" + language, token);
            if (language.equals("ta") || language.equals("bn")) {
                PdfPages.keep(pdf, "statement-pdf-" + language);
            }
            String shaped = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1)
                    .replaceAll("\\s", "");
            assertThat(shaped).as(language).contains("₹1,01,900.99", "₹1,000.50", "₹100.00", "AmulDairyPoint", "H-1")
                    .containsPattern("\\d{2}-\\d{2}-2026").doesNotContain("2026-11");
        }
        assertThat(new String(bytes("/api/customer-portal/statement/export?format=csv&lang=ta", token), java.nio.charset.StandardCharsets.UTF_8))
                .contains("கிரெடிட் நோட்", "101900.99");
    }

    private byte[] bytes(String path, String token) throws Exception {
        java.net.http.HttpResponse<byte[]> answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }
}
