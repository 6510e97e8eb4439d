package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.testsupport.KhataTestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing the API accepts can break a read model: the longest names in every Unicode plane, the largest amounts many
 * times over, the earliest and latest dates all reach every processing group, which ends at the head of the log with
 * no dead letter. What no read model could hold is refused at the edge (400) and leaves no event behind.
 */
@SpringBootTest(classes = KhataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = KhataTestEnvironment.Isolated.class)
class ExtremeInputsHttpTest extends HttpApiTest {
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
    private static final String MAX = "9999999999.99";
    /** The longest name the API takes, in each Unicode plane people's names and keyboards reach. */
    private static final List<String> NAMES = List.of(
            "र".repeat(255),                        // plane 0: Devanagari
            "Ramesh रमेश ரமேஷ் রমেশ رمیش 😀𠀀",       // mixed scripts
            "😀".repeat(127),                       // plane 1: emoji
            "𠀀".repeat(127),                       // plane 2: CJK extension B
            "𰀀".repeat(127),                       // plane 3: CJK extension G
            "\uDB40\uDD00".repeat(127),             // plane 14: variation selectors (tags are refused: invisible, issue 22)
            "\uDB80\uDC00".repeat(127),             // plane 15: private use
            "\uDBFF\uDFFD".repeat(127));            // plane 16: private use, last character

    @Test
    void theLargestAndStrangestAcceptedInputsReachEveryReadModelWithoutADeadLetter() {
        Owner shop = newBusiness("द".repeat(255));
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", NAMES.get(i));
            body.put("phone", "98765030" + String.format("%02d", i));
            body.put("email", "e".repeat(62) + i + "@" + ("d".repeat(62) + ".").repeat(3) + "in"); // 255: the longest address
            body.put("profile_type", "corporate");
            Response registered = post("/api/customers/auto-register", shop, json(body));
            assertThat(registered.status()).isEqualTo(201);
            assertThat(registered.body().get("name").asText()).isEqualTo(NAMES.get(i));
            customers.add(registered.body().get("customer_id").asText());
        }
        String customer = customers.get(0);
        List<String> invoices = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("customer_id", customer);
            body.put("invoice_number", ("INV/" + i + "-").repeat(13).substring(0, 64));
            body.put("amount", new BigDecimal(MAX));
            body.put("issue_date", "2000-01-01");
            body.put("due_date", "2099-12-31");
            body.put("description", ("खाद और बीज\n").repeat(45) + "b".repeat(5)); // 500
            Response created = post("/api/invoices", shop, json(body));
            assertThat(created.status()).isEqualTo(201);
            invoices.add(created.body().get("invoice_id").asText());
        }
        assertThat(post("/api/invoices/" + invoices.get(0) + "/payments", shop,
                "{\"payment_id\": \"" + "p".repeat(64) + "\", \"amount\": " + MAX + ", \"paid_on\": \"2099-12-31\"}").status())
                .isEqualTo(201);
        Map<String, String> keyed = new LinkedHashMap<>(shop.headers());
        keyed.put("Idempotency-Key", "k".repeat(64));
        assertThat(send("POST", "/api/invoices/" + invoices.get(1) + "/payments", keyed,
                "{\"amount\": 0.01, \"paid_on\": \"2000-01-01\"}").status()).isEqualTo(201);
        assertThat(send("POST", "/api/invoices/" + invoices.get(2) + "/send-to-customer", keyed, json(Map.of(
                "customer_id", customer, "channels", List.of("email"),
                "custom_message", ("नमस्ते 😀\n").repeat(37).substring(0, 300)))).status()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode processors = send("GET", "/admin/processors", Map.of("Authorization", ADMIN), null).body();
            assertThat(processors).isNotEmpty();
            for (JsonNode group : processors) {
                assertThat(group.get("dead_letters").asLong()).as(group.get("group").asText()).isZero();
                assertThat(group.get("error").asBoolean()).as(group.get("group").asText()).isFalse();
                assertThat(group.get("lag_events").asLong()).as(group.get("group").asText()).isZero();
            }
            assertThat(jdbc.queryForObject("SELECT total_balance FROM customer_search WHERE customer_id = ?::uuid",
                    BigDecimal.class, customer)).isEqualByComparingTo("19999999999.97");
            assertThat(jdbc.queryForObject("SELECT total_amount_received FROM customer_network_profile WHERE customer_id = ?::uuid",
                    BigDecimal.class, customer)).isEqualByComparingTo("29999999999.97");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_search WHERE business_id = ?", Long.class,
                    shop.businessId())).isEqualTo(NAMES.size());
        });
        for (int i = 0; i < NAMES.size(); i++) {
            assertThat(jdbc.queryForObject("SELECT name FROM parties WHERE customer_id = ?::uuid", String.class,
                    customers.get(i))).isEqualTo(NAMES.get(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a NUL in a name      | /api/customers/auto-register | {\"name\": \"Ram\\u0000esh\", \"phone\": \"9876503101\"} | name",
            "half a surrogate     | /api/customers/auto-register | {\"name\": \"Ram\\ud800esh\", \"phone\": \"9876503102\"} | name",
            "a bell in an email   | /api/customers/auto-register | {\"name\": \"Ramesh\", \"phone\": \"9876503103\", \"email\": \"r\\u0007@x.in\"} | email",
            "a name of 256        | /api/customers/auto-register | {\"name\": \"NAME256\", \"phone\": \"9876503104\"} | name",
            "an amount too large  | /api/invoices | {\"customer_id\": \"CUSTOMER\", \"invoice_number\": \"X-1\", \"amount\": 10000000000.00} | amount",
            "a date before 2000   | /api/invoices | {\"customer_id\": \"CUSTOMER\", \"invoice_number\": \"X-2\", \"amount\": 1, \"issue_date\": \"1999-12-31\"} | issue_date",
            "a date after 2099    | /api/invoices | {\"customer_id\": \"CUSTOMER\", \"invoice_number\": \"X-3\", \"amount\": 1, \"due_date\": \"2100-01-01\"} | due_date",
            "a payment after 2099 | PAYMENTS | {\"amount\": 1, \"paid_on\": \"2100-01-01\"} | paid_on",
            "a control payment id | PAYMENTS | {\"payment_id\": \"p\\u0001\", \"amount\": 1} | payment_id",
            "a bell in a message  | SEND | {\"customer_id\": \"CUSTOMER\", \"channels\": [\"email\"], \"custom_message\": \"hi\\u0007\"} | custom_message",
            "own words by SMS     | SEND | {\"customer_id\": \"CUSTOMER\", \"channels\": [\"sms\", \"email\"], \"custom_message\": \"Diwali offer\"} | custom_message"})
    void whatNoReadModelCouldHoldIsRefusedAtTheEdgeAndLeavesNothing(String what, String path, String body, String field) {
        Invoiced invoiced = shopWithAnInvoice();
        Owner shop = invoiced.shop();
        String customer = invoiced.customer();
        String invoice = invoiced.invoice();
        long before = storedEvents(shop.businessId());

        Response refused = post(path.replace("PAYMENTS", "/api/invoices/" + invoice + "/payments")
                        .replace("SEND", "/api/invoices/" + invoice + "/send-to-customer"), shop,
                body.replace("CUSTOMER", customer).replace("NAME256", "n".repeat(256)));

        assertThat(refused.status()).as(what).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body().get("errors").findValuesAsText("field")).contains(field);
        assertThat(storedEvents(shop.businessId())).isEqualTo(before);
    }

    @Test
    void anIdempotencyKeyLongerThanAPaymentIdIsRefused() {
        Invoiced invoiced = shopWithAnInvoice();
        Owner shop = invoiced.shop();
        String customer = invoiced.customer();
        String invoice = invoiced.invoice();
        long before = storedEvents(shop.businessId());
        Map<String, String> headers = new LinkedHashMap<>(shop.headers());
        headers.put("Idempotency-Key", "k".repeat(150));

        for (String path : List.of("/payments", "/send-to-customer")) {
            Response refused = send("POST", "/api/invoices/" + invoice + path, headers,
                    "{\"amount\": 1, \"customer_id\": \"" + customer + "\", \"channels\": [\"sms\"]}");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).contains("application/problem+json");
        }
        assertThat(storedEvents(shop.businessId())).isEqualTo(before);
    }

    private record Invoiced(Owner shop, String customer, String invoice) {
    }

    /** A business of its own with one customer (no SMS sent) and one invoice: nothing else will be written for it. */
    private Invoiced shopWithAnInvoice() {
        Owner shop = newBusiness("Fertilizer Shop");
        String customer = post("/api/customers/auto-register", shop,
                        "{\"name\": \"Ravi\", \"phone\": \"9876503199\", \"auto_send_welcome_sms\": false}")
                .body().get("customer_id").asText();
        String invoice = post("/api/invoices", shop, "{\"customer_id\": \"" + customer + "\", \"invoice_number\": \"OK-1\", "
                + "\"amount\": 100}").body().get("invoice_id").asText();
        return new Invoiced(shop, customer, invoice);
    }

    private String json(Object body) {
        try {
            return this.json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
