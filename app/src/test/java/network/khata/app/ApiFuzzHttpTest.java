package network.khata.app;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public and owner endpoint, fed what careless clients and attackers send: wrong types, missing and null
 * fields, huge strings, control characters, every Unicode plane, negative, huge and over-precise numbers, malformed
 * ids and dates, in the body, the path and the query. Each answer is 2xx or a 4xx problem+json, never 5xx, and a 4xx
 * leaves no event behind (none carries its correlation id). The values are drawn from a fixed seed, so a failure repeats.
 */
@PostgresEngineApp
class ApiFuzzHttpTest extends HttpApiTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Object> STRANGE = List.of("", " ", "x".repeat(70_000 / 4), "\u0000", "\u0007bell", "\ud800",
            "𠀀😀\uDB40\uDC41\uDBFF\uDFFD", "रमेश", "'; DROP TABLE parties; --", "../../etc/passwd", "%00", "null",
            -1, 0, -0.001, 1e308, 12345678901234567890.123456789, 0.001, Long.MIN_VALUE, true, false,
            List.of(), List.of(1, "a"), Map.of("a", 1), "2026-02-30", "99999-01-01", "not-a-uuid",
            "00000000-0000-0000-0000-000000000000", "NaN");
    private static final List<String> BAD_IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "%00", "1", "𠀀", "ffffffff-ffff-ffff-ffff-ffffffffffffff");

    private record Endpoint(String method, String path, Map<String, Object> body) {
    }

    @Test
    void noEndpointAnswers5xxAndNoRefusalLeavesAnEvent() {
        Owner shop = newBusiness("Fertilizer Shop");
        String customer = post("/api/customers/auto-register", shop,
                "{\"name\": \"Ravi\", \"phone\": \"9876507001\", \"auto_send_welcome_sms\": false}").body().get("customer_id").asText();
        String invoice = post("/api/invoices", shop, "{\"customer_id\": \"" + customer + "\", \"invoice_number\": \"F-1\", "
                + "\"amount\": 100}").body().get("invoice_id").asText();
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/api/customers/auto-register", body("name", "Ravi", "phone", "9876507002",
                        "email", "r@x.in", "profile_type", "individual", "auto_send_welcome_sms", false, "auto_tag_recent_invoices", false)),
                new Endpoint("POST", "/api/invoices", body("customer_id", customer, "invoice_number", "F-2", "amount", 10,
                        "issue_date", "2026-11-20", "due_date", "2026-12-01", "description", "seed")),
                new Endpoint("POST", "/api/invoices/{id}/payments", body("payment_id", "p-1", "amount", 1, "paid_on", "2026-11-21",
                        "method", "cash")),
                new Endpoint("POST", "/api/invoices/{id}/send-to-customer", body("customer_id", customer, "channels", List.of("email"),
                        "message_template", "default", "custom_message", "hi", "include_payment_link", true, "include_pdf_attachment", false)),
                new Endpoint("GET", "/api/invoices/{id}/pdf", null),
                new Endpoint("GET", "/api/customers/search?q={q}&limit={q}", null),
                new Endpoint("GET", "/api/notifications/{id}", null),
                new Endpoint("GET", "/api/notifications/delivery-report?date_from={q}&date_to={q}", null),
                new Endpoint("GET", "/api/analytics/customer-network?period={q}", null),
                new Endpoint("GET", "/api/analytics/customer-network/export?period={q}&format={q}", null),
                new Endpoint("GET", "/api/audit/events?aggregate_id={q}&type={q}&from={q}&to={q}&after={q}&limit={q}", null),
                new Endpoint("POST", "/api/customer-portal/otp", body("phone", "9876507001")),
                new Endpoint("POST", "/api/customer-portal/register", body("phone", "9876507001", "otp", "123456")),
                new Endpoint("POST", "/api/customer-portal/token/refresh", body("refresh_token", "abc")),
                new Endpoint("GET", "/api/customer-portal/invoices?business_id={q}&status={q}", null),
                new Endpoint("POST", "/api/webhooks/msg91?token={q}", body("data", List.of())),
                new Endpoint("POST", "/api/webhooks/sendgrid", body("event", "open")));

        Random random = new Random(20261126);
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (int round = 0; round < 12; round++) {
                String path = endpoint.path().replace("{id}", round == 0 ? invoice : pick(random, BAD_IDS))
                        .replace("{q}", java.net.URLEncoder.encode(String.valueOf(pick(random, STRANGE)), java.nio.charset.StandardCharsets.UTF_8));
                String body = endpoint.body() == null ? null : mutate(endpoint.body(), random);
                String correlation = "fuzz-" + endpoints.indexOf(endpoint) + "-" + round;
                Map<String, String> headers = new LinkedHashMap<>(shop.headers());
                headers.put("X-Correlation-ID", correlation);
                Response response = send(endpoint.method(), path, headers, body);
                String seen = endpoint.method() + " " + path + " " + (body == null ? "" : body.substring(0, Math.min(200, body.length())));
                if (response.status() >= 500) {
                    failures.add(response.status() + " for " + seen);
                } else if (response.status() >= 400) {
                    if (!response.contentType().contains("application/problem+json")) {
                        failures.add(response.status() + " without problem+json for " + seen);
                    }
                    if (eventsOfRequest(correlation) > 0) {
                        failures.add(response.status() + " left an event behind for " + seen);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Events caused by one request: its correlation id travels in their metadata. */
    private long eventsOfRequest(String correlation) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry "
                + "WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' = ?", Long.class, correlation);
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    /** The valid body with one to three fields replaced by strange values, nulled or left out. */
    private String mutate(Map<String, Object> valid, Random random) {
        ObjectNode node = json.valueToTree(valid);
        List<String> fields = new ArrayList<>(valid.keySet());
        for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
            String field = pick(random, fields);
            switch (random.nextInt(4)) {
                case 0 -> node.remove(field);
                case 1 -> node.set(field, NODES.nullNode());
                default -> node.set(field, json.valueToTree(pick(random, STRANGE)));
            }
        }
        return node.toString();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
