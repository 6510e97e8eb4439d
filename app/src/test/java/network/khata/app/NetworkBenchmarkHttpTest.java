package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.app.security.ServiceTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The benchmark: pharmacies onboarded with their category, each with one customer billed four times and paying some of
 * the invoices some days after issue. Below ten businesses with a value a metric shows no quartiles (days to pay stays
 * hidden at nine); at eleven the collection rate's quartiles are those of the eleven rates, interpolated as
 * spreadsheets do, beside the business's own.
 */
@PostgresEngineApp
class NetworkBenchmarkHttpTest extends PortalApiTest {
    @Autowired
    ServiceTokens services;

    /** Onboarded by the core ledger with a category; the owner's token as HttpApiTest mints one. */
    private Owner pharmacy(int n) {
        UUID businessId = UUID.randomUUID();
        Map<String, String> service = Map.of("Authorization", "Bearer " + services.mint("businesses", Instant.now(), Duration.ofMinutes(5)));
        Response onboarded = send("POST", "/api/internal/businesses", service, """
                {"business_id": "%s", "name": "Medical Store %d", "category": "pharmacy"}""".formatted(businessId, n));
        assertThat(onboarded.status()).isEqualTo(201);
        UUID ownerId = UUID.randomUUID();
        return new Owner(businessId, ownerId, tokens.mint(ownerId, businessId, Instant.now(), Duration.ofHours(1)));
    }

    /** One customer, four invoices issued on 1 November, {@code paid} of them paid {@code days} days later. */
    private void trade(Owner owner, int paid, int days) {
        Customer customer = registerCustomer(owner, "Customer", newPhone(), false);
        for (int i = 0; i < 4; i++) {
            String invoice = post("/api/invoices", owner, """
                    {"customer_id": "%s", "invoice_number": "B-%d", "amount": 100, "issue_date": "2026-11-01"}"""
                    .formatted(customer.id(), i)).body().get("invoice_id").asText();
            if (i < paid) {
                assertThat(post("/api/invoices/" + invoice + "/payments", owner, """
                        {"amount": 100, "paid_on": "2026-11-%02d", "method": "cash"}""".formatted(1 + days)).status()).isEqualTo(201);
            }
        }
    }

    private JsonNode metric(Owner owner, String name) {
        for (JsonNode metric : get("/api/analytics/benchmark", owner).body().get("metrics")) {
            if (metric.get("metric").asText().equals(name)) {
                return metric;
            }
        }
        throw new AssertionError("no metric " + name);
    }

    /** PostgreSQL's percentile_cont, as a spreadsheet's QUARTILE.INC: linear between the two nearest ranks. */
    private static double quartile(List<Double> values, double fraction) {
        List<Double> sorted = values.stream().sorted().toList();
        double rank = fraction * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    }

    @Test
    void quartilesAppearAtTenBusinessesAndAreThoseOfTheirRates() {
        assertThat(send("POST", "/api/internal/businesses", Map.of("Authorization", "Bearer "
                + services.mint("businesses", Instant.now(), Duration.ofMinutes(5))), """
                {"business_id": "%s", "name": "Shop", "category": "spaceships"}""".formatted(UUID.randomUUID())).status()).isEqualTo(400);

        List<Owner> owners = new ArrayList<>();
        List<Double> collection = new ArrayList<>();
        for (int n = 1; n <= 11; n++) {
            Owner owner = pharmacy(n);
            int paid = n % 5;
            trade(owner, paid, n);
            owners.add(owner);
            collection.add(paid * 25.0);
            if (n == 9) {
                Owner ninth = owner;
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                    JsonNode rate = metric(ninth, "collection_rate");
                    assertThat(rate.get("businesses").asInt()).isEqualTo(9);
                    assertThat(rate.get("yours").decimalValue()).isEqualByComparingTo("100");
                    assertThat(rate.get("median").isNull()).isTrue();             // nine: nobody can be singled out
                });
            }
        }
        Owner last = owners.get(10);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode benchmark = get("/api/analytics/benchmark", last).body();
            assertThat(benchmark.get("category").asText()).isEqualTo("pharmacy");
            assertThat(benchmark.get("size_band").asText()).isEqualTo("small");
            assertThat(benchmark.get("comparable_businesses").asInt()).isEqualTo(11);
            JsonNode rate = metric(last, "collection_rate");
            assertThat(rate.get("businesses").asInt()).isEqualTo(11);
            assertThat(rate.get("yours").decimalValue()).isEqualByComparingTo("25");
            assertThat(rate.get("lower_quartile").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(quartile(collection, 0.25)));
            assertThat(rate.get("median").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(quartile(collection, 0.5)));
            assertThat(rate.get("upper_quartile").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(quartile(collection, 0.75)));
            JsonNode repeat = metric(last, "repeat_customer_rate");
            assertThat(repeat.get("median").decimalValue()).isEqualByComparingTo("100");
            JsonNode days = metric(last, "days_to_pay");                           // the two that paid nothing have no days
            assertThat(days.get("businesses").asInt()).isEqualTo(9);
            assertThat(days.get("yours").decimalValue()).isEqualByComparingTo("11");
            assertThat(days.get("median").isNull()).isTrue();
            assertThat(days.get("better").asText()).isEqualTo("lower");
        });
        assertThat(IntStream.of(0, 2).mapToObj(i -> metric(owners.get(i), "collection_rate").get("median").decimalValue()))
                .allSatisfy(median -> assertThat(median).isEqualByComparingTo("50"));
    }
}
