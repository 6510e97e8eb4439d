package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.api.invoices.InvoiceStatus;
import network.khata.api.invoices.PaymentRecorded;
import network.khata.projections.analytics.NetworkAnalyticsProjection;
import network.khata.projections.search.CustomerSearchDocument;
import network.khata.projections.search.CustomerSearchIndex;
import network.khata.projections.search.CustomerSearchProjection;
import network.khata.testsupport.KhataTestEnvironment;
import network.khata.testsupport.TestPostgres;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operations surface and the dead-letter queue, on a database of its own: a bad event is parked while every other
 * business stays current, the operator sees it (admin API, health, Prometheus) and deals with it; the surface takes
 * only the operator's credentials; an admin replay rebuilds a read model to the same content.
 */
@SpringBootTest(classes = KhataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ActiveProfiles("test")
@ContextConfiguration(initializers = KhataTestEnvironment.Isolated.class)
@TestPropertySource(properties = "khata.processing.follow-instances=false")   // the operator's own splits and merges
class EventProcessingOperationsHttpTest extends HttpApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));

    @Autowired
    EventGateway events;
    @Autowired
    CustomerSearchIndex index;
    @Autowired
    Environment environment;

    @Test
    void aFailingEventIsParkedWhileEveryOtherBusinessStaysCurrent() {
        Owner shop = newBusiness("Fertilizer Shop");
        Owner books = newBusiness("Book Shop");
        // An event no edge would let through today: a payment id longer than analytics keeps. Had it got in, it must
        // not stop the processors for everyone.
        UUID strangeInvoice = UUID.randomUUID();
        events.publish(new PaymentRecorded(strangeInvoice, shop.businessId(), UUID.randomUUID(), UUID.randomUUID(),
                "p".repeat(150), new BigDecimal("10.00"), LocalDate.now(), "cash", new BigDecimal("10.00"), InvoiceStatus.PAID, null, null, null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(admin("GET", "/admin/processors/" + NetworkAnalyticsProjection.GROUP + "/dead-letters").body())
                        .hasSize(1));
        for (Owner owner : List.of(books, shop)) {
            String phone = owner == books ? "9876501001" : "9876501002";
            long registered = System.nanoTime();
            String customerId = post("/api/customers/auto-register", owner,
                    "{\"name\": \"Meena Iyer\", \"phone\": \"" + phone + "\", \"auto_send_welcome_sms\": false}")
                    .body().get("customer_id").asText();
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
                assertThat(get("/api/customers/search?q=" + phone, owner).body().toString()).contains(customerId);
                assertThat(jdbc.queryForObject("SELECT count(*) FROM analytics_customers WHERE business_id = ? "
                        + "AND customer_id = ?::uuid", Long.class, owner.businessId(), customerId)).isEqualTo(1);
            });
            assertThat(Duration.ofNanos(System.nanoTime() - registered)).isLessThan(Duration.ofSeconds(2));
        }

        JsonNode letters = admin("GET", "/admin/processors/" + NetworkAnalyticsProjection.GROUP + "/dead-letters").body();
        JsonNode letter = letters.get(0);
        assertThat(letter.get("event_type").asText()).isEqualTo("PaymentRecorded");
        assertThat(letter.get("cause_message").asText()).contains("value too long");
        JsonNode health = admin("GET", "/actuator/health/readiness").body();
        assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.at("/components/deadLetters/details/" + NetworkAnalyticsProjection.GROUP).asLong()).isEqualTo(1);
        assertThat(raw("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(raw("/actuator/prometheus", ADMIN).body())
                .contains("khata_processor_dead_letters{group=\"" + NetworkAnalyticsProjection.GROUP + "\"} 1.0"));

        // retried by hand it fails again and stays; evicted it is gone, and health is UP again
        assertThat(admin("POST", "/admin/processors/" + NetworkAnalyticsProjection.GROUP + "/dead-letters/"
                + letter.get("id").asText() + "/retry").status()).isEqualTo(409);
        assertThat(admin("DELETE", "/admin/processors/" + NetworkAnalyticsProjection.GROUP + "/dead-letters/"
                + letter.get("id").asText()).status()).isEqualTo(204);
        for (JsonNode parked : admin("GET", "/admin/processors/" + CustomerSearchProjection.GROUP + "/dead-letters").body()) {
            admin("DELETE", "/admin/processors/" + CustomerSearchProjection.GROUP + "/dead-letters/" + parked.get("id").asText());
        }
        assertThat(admin("GET", "/actuator/health/readiness").body().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void aSearchDocumentThatCannotBeWrittenIsParkedAloneAndTheRestOfItsBatchIsSearchable() {
        Owner shop = newBusiness("Seed Shop");
        // customer-search writes a batch's documents together as the batch commits; one document the table refuses
        // fails that batch. Tried again one write at a time, only that event is parked.
        JdbcTemplate tablesOwner = new JdbcTemplate(new DriverManagerDataSource(
                environment.getProperty("spring.datasource.url"), TestPostgres.user(), ""));
        tablesOwner.execute("ALTER TABLE customer_search ADD CONSTRAINT refuses_poison CHECK (name <> 'Poison Pill')");
        try {
            post("/api/customers/auto-register", shop, "{\"name\": \"Poison Pill\", \"phone\": \"9876501031\", "
                    + "\"auto_send_welcome_sms\": false}");
            String meera = post("/api/customers/auto-register", shop, "{\"name\": \"Meera Nair\", \"phone\": \"9876501032\", "
                    + "\"auto_send_welcome_sms\": false}").body().get("customer_id").asText();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode parked = admin("GET", "/admin/processors/" + CustomerSearchProjection.GROUP + "/dead-letters").body();
                assertThat(parked.findValuesAsText("event_type")).containsExactly("CustomerRegistered");
                assertThat(get("/api/customers/search?q=Meera", shop).body().toString()).contains(meera);
            });
        } finally {
            tablesOwner.execute("ALTER TABLE customer_search DROP CONSTRAINT refuses_poison");
        }
        for (JsonNode parked : admin("GET", "/admin/processors/" + CustomerSearchProjection.GROUP + "/dead-letters").body()) {
            admin("DELETE", "/admin/processors/" + CustomerSearchProjection.GROUP + "/dead-letters/" + parked.get("id").asText());
        }
    }

    @Test
    void theOperationsSurfaceTakesOnlyTheOperatorsCredentials() {
        Owner shop = newBusiness("Fertilizer Shop");
        assertThat(raw("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        HttpResponse<String> ready = raw("/actuator/health/readiness", null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).doesNotContain("components");
        for (String path : List.of("/actuator/prometheus", "/admin/processors", "/actuator/metrics")) {
            HttpResponse<String> anonymous = raw(path, null);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(raw(path, "Bearer " + shop.token()).statusCode()).isEqualTo(401);
            assertThat(raw(path, "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes())).statusCode())
                    .isEqualTo(401);
        }
        post("/api/customers/auto-register", shop, "{\"name\": \"Ravi\", \"phone\": \"9876501003\"}");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(raw("/actuator/prometheus", ADMIN).body())
                .contains("khata_processor_lag_events{group=\"customer-search\"}",
                        "khata_processor_lag_seconds{group=\"network-analytics\"}",
                        "khata_processor_dead_letters{group=\"customer-directory\"}",
                        "khata_commands_seconds_count{command=\"RegisterCustomer\"",
                        // sent by planning and by the delivery saga, not by a request: the command bus times them too
                        "khata_commands_seconds_count{command=\"RequestNotification\"",
                        "khata_commands_seconds_count{command=\"RecordNotificationSent\"",
                        "khata_provider_calls_total{channel=\"sms\",outcome=\"sent\",provider=\"local\"}",
                        "khata_otp_issued_total"));
        JsonNode processors = admin("GET", "/admin/processors").body();
        assertThat(processors.findValuesAsText("group")).contains("customer-search", "network-analytics",
                "notification-planning", "message-delivery");
        JsonNode search = admin("GET", "/admin/processors/customer-search").body();
        assertThat(search.get("segments")).hasSize(2);
        assertThat(search.get("segments").findValuesAsText("owner")).doesNotContainNull();
        assertThat(admin("GET", "/admin/processors/no-such-group").status()).isEqualTo(404);
    }

    @Test
    void anAdminReplayRebuildsAGroupToTheSameContent() {
        Owner shop = newBusiness("Fertilizer Shop");
        for (String phone : List.of("9876501011", "9876501012", "9876501013")) {
            post("/api/customers/auto-register", shop, "{\"name\": \"Customer " + phone + "\", \"phone\": \"" + phone + "\"}");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> index.documents(shop.businessId()).size() == 3);
        List<CustomerSearchDocument> live = index.documents(shop.businessId());
        List<Map<String, Object>> liveProfiles = profiles();

        for (String group : List.of(CustomerSearchProjection.GROUP, "network-profiles")) {
            Response replay = admin("POST", "/admin/processors/" + group + "/replay");
            assertThat(replay.status()).isEqualTo(202);
            assertThat(replay.body().get("status_url").asText()).isEqualTo("/admin/processors/" + group);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String group : List.of(CustomerSearchProjection.GROUP, "network-profiles")) {
                JsonNode status = admin("GET", "/admin/processors/" + group).body();
                assertThat(status.get("replaying").asBoolean()).isFalse();
                assertThat(status.get("lag_events").asLong()).isZero();
            }
            assertThat(index.documents(shop.businessId())).isEqualTo(live);
            assertThat(profiles()).isEqualTo(liveProfiles);
        });
        assertThat(admin("POST", "/admin/processors/message-delivery/replay").status()).isEqualTo(409);
    }

    private List<Map<String, Object>> profiles() {
        return jdbc.queryForList("SELECT * FROM customer_network_profile ORDER BY id");
    }

    /** Issue 29: the operator splits a busy group's segment, so that more instances can share it, and merges it back. */
    @Test
    void anOperatorSplitsAGroupsSegmentAndMergesItBack() {
        String group = "customer-notifications";
        String segments = "/admin/processors/" + group + "/segments/";
        int before = admin("GET", "/admin/processors/" + group).body().get("segments").size();

        Response split = admin("POST", segments + "0/split");
        assertThat(split.status()).isEqualTo(200);
        assertThat(split.body().get("done").asText()).isEqualTo("split");
        assertThat(split.body().get("segments").asInt()).isEqualTo(before + 1);
        // the new half is claimed by the coordinator's next round; the merge claims what it still needs
        await().atMost(Duration.ofSeconds(15)).until(() -> admin("POST", segments + "0/merge").status() == 200);
        assertThat(admin("GET", "/admin/processors/" + group).body().get("segments").size()).isEqualTo(before);

        Response none = admin("POST", segments + "99/split");
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.body().get("type").asText()).isEqualTo("urn:khata:problem:resize-refused");
        assertThat(admin("POST", "/admin/processors/no-such-group/segments/0/merge").status()).isEqualTo(404);
    }

    private Response admin(String method, String path) {
        return send(method, path, Map.of("Authorization", ADMIN), null);
    }

    private HttpResponse<String> raw(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
