package network.khata.app;

import network.khata.app.security.ServiceTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The core ledger app onboards businesses with its own service token; nobody else can. */
@PostgresEngineApp
class ServiceOnboardingHttpTest extends HttpApiTest {
    @Autowired
    ServiceTokens services;

    @Test
    void theCoreLedgerRegistersABusinessOnceAndUpdatesItsNameAndZone() {
        Map<String, String> service = Map.of("Authorization", "Bearer " + services.mint("businesses", Instant.now(), Duration.ofMinutes(5)));
        UUID businessId = UUID.randomUUID();
        String body = "{\"business_id\": \"" + businessId + "\", \"name\": \"Sharma Kirana\", \"time_zone\": \"Asia/Kolkata\"}";

        Response created = send("POST", "/api/internal/businesses", service, body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(send("POST", "/api/internal/businesses", service, body).status()).isEqualTo(200);

        Owner owner = new Owner(businessId, UUID.randomUUID(), tokens.mint(UUID.randomUUID(), businessId, Instant.now(), Duration.ofHours(1)));
        assertThat(post("/api/customers/auto-register", owner, "{\"name\": \"Ravi\", \"phone\": \"9876508001\"}").status()).isEqualTo(201);

        Response updated = send("PUT", "/api/internal/businesses/" + businessId, service,
                "{\"name\": \"Sharma General Store\", \"time_zone\": \"Asia/Dubai\"}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("changed").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(jdbc.queryForMap("SELECT name, time_zone FROM businesses WHERE id = ?", businessId))
                    .containsEntry("name", "Sharma General Store").containsEntry("time_zone", "Asia/Dubai");
            assertThat(jdbc.queryForObject("SELECT name FROM notification_businesses WHERE id = ?", String.class, businessId))
                    .isEqualTo("Sharma General Store");
        });
        assertThat(get("/api/audit/events?type=BusinessUpdated", owner).body().get("events")).hasSize(1);

        assertThat(send("PUT", "/api/internal/businesses/" + businessId, service, "{\"time_zone\": \"Mars/Olympus\"}").status())
                .isEqualTo(400);
        assertThat(send("PUT", "/api/internal/businesses/" + UUID.randomUUID(), service, "{\"name\": \"Nobody\"}").status())
                .isEqualTo(404);
    }

    /** Issue 27: the shop's address and GSTIN from onboarding, printed under its name on its invoices. */
    @Test
    void theAddressAndGstinFromOnboardingArePrintedOnTheInvoice() throws Exception {
        Map<String, String> service = Map.of("Authorization", "Bearer " + services.mint("businesses", Instant.now(), Duration.ofMinutes(5)));
        UUID businessId = UUID.randomUUID();
        assertThat(send("POST", "/api/internal/businesses", service, "{\"business_id\": \"" + businessId + "\", \"name\": \"Patil Krushi\", "
                + "\"address\": \"12 Station Road\\nNashik 422001\", \"gstin\": \"27AAPFU0939F1ZV\"}").status()).isEqualTo(201);
        assertThat(send("PUT", "/api/internal/businesses/" + businessId, service, "{\"gstin\": \"27AAPFU0939\"}").status()).isEqualTo(400);
        Owner owner = new Owner(businessId, UUID.randomUUID(), tokens.mint(UUID.randomUUID(), businessId, Instant.now(), Duration.ofHours(1)));
        String customer = post("/api/customers/auto-register", owner, "{\"name\": \"Ravi\", \"phone\": \"9876508002\", "
                + "\"auto_send_welcome_sms\": false}").body().get("customer_id").asText();
        String invoice = post("/api/invoices", owner, "{\"customer_id\": \"" + customer + "\", \"invoice_number\": \"PK-1\", \"amount\": 5000}")
                .body().get("invoice_id").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM invoices i JOIN businesses b ON b.id = i.business_id WHERE i.id = ?::uuid AND b.gstin IS NOT NULL",
                Long.class, invoice) == 1);
        for (String language : java.util.List.of("en", "mr")) {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    "http://127.0.0.1:" + port + "/api/invoices/" + invoice + "/pdf?lang=" + language));
            owner.headers().forEach(request::header);
            byte[] pdf = java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
            assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1)
                    .replaceAll("\\s", "")).as(language).contains("PatilKrushi", "12StationRoad", "Nashik422001", "GSTIN", "27AAPFU0939F1ZV");
        }
    }

    @Test
    void ownersCustomersAndStrangersCannotOnboard() {
        Owner owner = newBusiness("Fertilizer Shop");
        String body = "{\"business_id\": \"" + UUID.randomUUID() + "\", \"name\": \"Fake\"}";
        for (Map<String, String> headers : java.util.List.of(Map.<String, String>of(), owner.headers(),
                Map.of("Authorization", "Bearer " + services.mint("reports", Instant.now(), Duration.ofMinutes(5))),
                // issue 22: a service token of the right scope that would live ten years is refused
                Map.of("Authorization", "Bearer " + services.mint("businesses", Instant.now(), Duration.ofDays(3650))))) {
            Response refused = send("POST", "/api/internal/businesses", headers, body);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).contains("application/problem+json");
        }
    }
}
