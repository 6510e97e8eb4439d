package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit trail shows an owner every event of their business, and never a one-time code's hash or sealed form. */
@PostgresEngineApp
class AuditRedactionHttpTest extends HttpApiTest {

    @Test
    void noEventTypeShowsASecretThroughTheAuditApi() throws Exception {
        Owner shop = newBusiness("Fertilizer Shop");
        String customer = post("/api/customers/auto-register", shop,
                "{\"name\": \"Kavita Rao\", \"phone\": \"9876505001\", \"email\": \"kavita@example.com\"}").body()
                .get("customer_id").asText();
        String invoice = post("/api/invoices", shop, "{\"customer_id\": \"" + customer + "\", \"invoice_number\": \"A-1\", "
                + "\"amount\": 500}").body().get("invoice_id").asText();
        post("/api/invoices/" + invoice + "/payments", shop, "{\"payment_id\": \"p-1\", \"amount\": 100}");
        post("/api/invoices/" + invoice + "/send-to-customer", shop, "{\"customer_id\": \"" + customer + "\", \"channels\": [\"sms\", \"email\"]}");

        List<String> secrets = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("SELECT count(*) FROM domain_event_entry "
                + "WHERE payload_type LIKE '%.NotificationSent'", Long.class) > 0 && !otpSecrets(customer).isEmpty());
        secrets.addAll(otpSecrets(customer));

        Set<String> types = new HashSet<>();
        StringBuilder everything = new StringBuilder();
        Long after = null;
        do {
            JsonNode page = get("/api/audit/events?limit=100" + (after == null ? "" : "&after=" + after), shop).body();
            page.get("events").forEach(event -> types.add(event.get("type").asText()));
            everything.append(page);
            after = page.get("next_after").isNull() ? null : page.get("next_after").asLong();
        } while (after != null);

        assertThat(types).contains("CustomerRegistered", "OtpIssued", "NotificationRequested", "InvoiceCreated",
                "PaymentRecorded", "InvoiceSendRequested");
        assertThat(secrets).isNotEmpty().allSatisfy(secret -> assertThat(everything.toString()).doesNotContain(secret));
        assertThat(everything.toString()).contains("\"codeHash\":\"[redacted]\"", "\"sealedCode\":\"[redacted]\"");
    }

    /**
     * Issue 23: aggregates were renamed (Party is BusinessCustomer, Notification is ChannelMessage); an event stored
     * under an old name shows under the new one, so the trail names one thing one way.
     */
    @Test
    void eventsStoredUnderAnAggregatesOldNameShowUnderItsNewOne() {
        Owner shop = newBusiness("Fertilizer Shop");
        String customer = post("/api/customers/auto-register", shop, "{\"name\": \"Kavita Rao\", \"phone\": \"9876505002\"}")
                .body().get("customer_id").asText();
        String party = network.khata.api.identity.NetworkIds.partyId(shop.businessId(), java.util.UUID.fromString(customer)).toString();
        String registered = "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%.CustomerRegistered'";
        long position = jdbc.queryForObject(registered, Long.class, party);
        assertThat(jdbc.queryForObject("SELECT type FROM domain_event_entry WHERE global_index = ?", String.class, position))
                .isEqualTo("BusinessCustomer");
        jdbc.update("UPDATE domain_event_entry SET type = 'Party' WHERE global_index = ?", position);

        JsonNode events = get("/api/audit/events?aggregate_id=" + party, shop).body().get("events");
        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.get("aggregate_type").asText()).isEqualTo("BusinessCustomer"));
    }

    /** The hash and sealed form of every code issued to the customer, as the event store keeps them. */
    private List<String> otpSecrets(String customer) throws Exception {
        List<String> secrets = new ArrayList<>();
        for (String payload : jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type LIKE '%.OtpIssued'", String.class, customer)) {
            JsonNode otp = json.readTree(payload);
            secrets.add(otp.get("codeHash").asText());
            secrets.add(otp.get("sealedCode").asText());
        }
        return secrets;
    }
}
