package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Spec endpoint 4 over real HTTP after a day of real activity, its exports, and the audit trail of the event store. */
@PostgresEngineApp
class NetworkAnalyticsHttpTest extends PortalApiTest {

    @Test
    void todaysActivityShowsInTheReportAndItsExports() {
        Owner shop = newBusiness("Fertilizer Shop");
        Customer ramesh = registerCustomer(shop, "Ramesh", newPhone(), false);
        registerCustomer(shop, "Suresh", newPhone(), false);
        String invoice = invoice(shop, ramesh, "INV-1", "1000");
        post("/api/invoices/" + invoice + "/send-to-customer", shop, "{\"customer_id\": \"" + ramesh.id() + "\", \"channels\": [\"sms\"]}");
        post("/api/invoices/" + invoice + "/payments", shop, "{\"amount\": 1000}");
        signedIn(ramesh.phone());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode summary = get("/api/analytics/customer-network?period=last_30_days", shop).body().get("summary");
            assertThat(summary.get("total_customers").asInt()).isEqualTo(2);
            assertThat(summary.get("verified_customers").asInt()).isEqualTo(1);
            assertThat(summary.get("active_customers_7d").asInt()).isEqualTo(1);
            assertThat(summary.get("total_notifications").asInt()).isEqualTo(2); // the invoice and the payment's receipt
        });
        JsonNode report = get("/api/analytics/customer-network", shop).body();
        assertThat(report.get("period").asText()).isEqualTo("last_30_days");
        assertThat(report.get("summary").get("total_invoices_sent").asInt()).isEqualTo(1);
        assertThat(report.get("engagement").get("portal_access_rate").decimalValue()).isEqualByComparingTo("50");
        long daysToPay = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse("2026-11-20"), LocalDate.now(ZoneId.of("Asia/Kolkata")));
        assertThat(report.get("payment_impact").get("avg_payment_days").decimalValue()).isEqualByComparingTo(String.valueOf(daysToPay));
        assertThat(report.get("payment_impact").get("collection_rate").decimalValue()).isEqualByComparingTo("100");
        // the daily rows follow the facts within a second or two (a busy business is rewritten about once a second)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode trend = get("/api/analytics/customer-network", shop).body().get("daily_trend");
            assertThat(trend).hasSize(30);
            JsonNode today = trend.get(29);
            assertThat(today.get("date").asText()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Kolkata")).toString());
            assertThat(today.get("new_customers").asInt()).isEqualTo(2);
            assertThat(today.get("portal_logins").asInt()).isEqualTo(1);
            assertThat(today.get("payments_received").decimalValue()).isEqualByComparingTo("1000");
        });

        Response csv = send("GET", "/api/analytics/customer-network/export?format=csv", shop.headers(), null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        Response pdf = send("GET", "/api/analytics/customer-network/export?format=pdf", shop.headers(), null);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(get("/api/analytics/customer-network?period=forever", shop).status()).isEqualTo(400);

        JsonNode otherShop = get("/api/analytics/customer-network", newBusiness("Book Shop")).body().get("summary");
        assertThat(otherShop.get("total_customers").asInt()).isZero();
    }

    @Test
    void theAuditTrailPagesThroughTheBusinesssOwnEventsWithWhoAndCorrelation() {
        Owner shop = newBusiness("Audited Shop");
        Owner other = newBusiness("Other Shop");
        Map<String, String> headers = new java.util.HashMap<>(shop.headers());
        headers.put("X-Correlation-ID", "corr-audit-1");
        Response registered = send("POST", "/api/customers/auto-register", headers, """
                {"name": "Asha", "phone": "%s", "auto_send_welcome_sms": false}""".formatted(newPhone()));
        Customer asha = new Customer(registered.body().get("customer_id").asText(), null);
        String invoice = invoice(shop, asha, "A-1", "10");
        post("/api/invoices/" + invoice + "/payments", shop, "{\"amount\": 4}");
        post("/api/invoices/" + invoice + "/payments", shop, "{\"amount\": 6}");
        registerCustomer(other, "Not Yours", newPhone(), false);

        List<JsonNode> all = new ArrayList<>();
        Set<Long> positions = new HashSet<>();
        String after = "0";
        int pages = 0;
        while (after != null) {
            JsonNode page = get("/api/audit/events?limit=3&after=" + after, shop).body();
            page.get("events").forEach(event -> {
                assertThat(positions.add(event.get("position").asLong())).isTrue();
                all.add(event);
            });
            after = page.get("next_after").isNull() ? null : page.get("next_after").asText();
            pages++;
        }
        assertThat(pages).isGreaterThanOrEqualTo(2);
        // the owner's own events; the payments' receipts (notification events) follow on their own time
        assertThat(all).extracting(e -> e.get("type").asText()).filteredOn(type -> !type.startsWith("Notification"))
                .containsExactly("CustomerRegistered", "InvoiceCreated", "PaymentRecorded", "PaymentRecorded");
        assertThat(all).allSatisfy(e -> assertThat(e.get("metadata").get("businessId").asText()).isEqualTo(shop.businessId().toString()));
        JsonNode customerRegistered = all.get(0);
        assertThat(customerRegistered.get("metadata").get("actorKind").asText()).isEqualTo("OWNER");
        assertThat(customerRegistered.get("metadata").get("actorId").asText()).isEqualTo(shop.ownerId().toString());
        assertThat(customerRegistered.get("metadata").get("correlationId").asText()).isEqualTo("corr-audit-1");
        assertThat(customerRegistered.get("payload").get("name").asText()).isEqualTo("Asha");

        JsonNode payments = get("/api/audit/events?type=PaymentRecorded&aggregate_id=" + invoice, shop).body();
        assertThat(payments.get("events")).hasSize(2);
        assertThat(payments.get("events").findValuesAsText("aggregate_id")).containsOnly(invoice);
        assertThat(get("/api/audit/events?aggregate_id=" + invoice, other).body().get("events")).isEmpty();
        assertThat(get("/api/audit/events?limit=1000", shop).status()).isEqualTo(400);
    }
}
