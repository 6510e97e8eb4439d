package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 26 (in part): the owner hears what happens — a customer verifying and opening the portal the first time, a
 * payment, a reminder that went out, a dispute — with an unread count that marking read sets to zero.
 */
@PostgresEngineApp
class OwnerFeedHttpTest extends PortalApiTest {

    @Test
    void whatHappensArrivesInTheFeedAndTheUnreadCountMoves() {
        Owner shop = newBusiness("Fertilizer Shop");
        Customer ravi = registerCustomer(shop, "Ravi Kumar", newPhone(), false);
        String invoice = invoice(shop, ravi, "F-1", "1500");
        String token = signedIn(ravi.phone()).get("token").asText();
        assertThat(post("/api/invoices/" + invoice + "/payments", shop, "{\"amount\": 500}").status()).isEqualTo(201);
        assertThat(post("/api/invoices/" + invoice + "/send-to-customer", shop, "{\"channels\": [\"sms\"], \"message_template\": \"reminder\"}")
                .status()).isEqualTo(202);
        assertThat(asCustomer("POST", "/api/customer-portal/invoices/" + invoice + "/dispute", token, "{\"reason\": \"wrong_amount\"}")
                .status()).isEqualTo(200);

        await().until(() -> kinds(feed(shop)).containsAll(List.of("verified", "first_sign_in", "payment", "reminder_sent", "disputed")));
        JsonNode feed = feed(shop);
        assertThat(feed.get("unread_count").asLong()).isEqualTo(5);
        JsonNode payment = find(feed, "payment");
        assertThat(payment.get("customer_name").asText()).isEqualTo("Ravi Kumar");
        assertThat(payment.get("invoice_number").asText()).isEqualTo("F-1");
        assertThat(payment.get("amount").decimalValue()).isEqualByComparingTo("500");
        assertThat(payment.get("detail").asText()).isEqualTo("owner");
        assertThat(find(feed, "disputed").get("detail").asText()).isEqualTo("wrong_amount");

        assertThat(post("/api/feed/read", shop, null).status()).isEqualTo(204);
        assertThat(feed(shop).get("unread_count").asLong()).isZero();
        assertThat(post("/api/invoices/" + invoice + "/payments", shop, "{\"amount\": 100}").status()).isEqualTo(201);
        await().until(() -> feed(shop).get("unread_count").asLong() == 1);

        // a business that gets the customer later hears of what they do from then on, not of what they did before
        Owner later = newBusiness("Book Shop");
        registerCustomer(later, "Ravi", ravi.phone(), false);
        assertThat(kinds(feed(later))).doesNotContain("verified", "first_sign_in", "payment");
    }

    private JsonNode feed(Owner owner) {
        return get("/api/feed?limit=50", owner).body();
    }

    private static JsonNode find(JsonNode feed, String kind) {
        for (JsonNode item : feed.get("items")) {
            if (item.get("kind").asText().equals(kind)) {
                return item;
            }
        }
        throw new AssertionError("no " + kind + " in " + feed);
    }

    private static List<String> kinds(JsonNode feed) {
        List<String> kinds = new ArrayList<>();
        feed.get("items").forEach(item -> kinds.add(item.get("kind").asText()));
        return kinds;
    }
}
