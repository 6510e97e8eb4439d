package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.notifications.email.LocalEmailOutbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a customer chooses in the portal is what the notifications module does. */
@PostgresEngineApp
class PortalPreferencesHttpTest extends PortalApiTest {
    @Autowired
    LocalEmailOutbox email;

    @Test
    void emailOnlyInEnglishSuppressesTheSmsAndWritesTheEmailInEnglish() {
        Owner shop = newBusiness("Fertilizer Shop");
        String phone = newPhone();
        String address = "p" + phone.substring(3) + "@example.com";
        Response registered = post("/api/customers/auto-register", shop, """
                {"name": "Ramesh", "phone": "%s", "email": "%s", "auto_send_welcome_sms": false}""".formatted(phone, address));
        Customer customer = new Customer(registered.body().get("customer_id").asText(), phone);
        String token = signedIn(phone).get("token").asText();

        Response saved = asCustomer("PUT", "/api/customer-portal/preferences", token, """
                {"notifications_enabled": true, "preferred_channels": ["email"], "preferred_language": "en"}""");
        assertThat(saved.status()).isEqualTo(200);
        await().until(() -> "email".equals(jdbc.queryForObject(
                "SELECT preferred_channels FROM notification_preferences WHERE customer_id = ?::uuid", String.class, customer.id())));
        assertThat(jdbc.queryForMap("SELECT preferred_channels, preferred_language FROM customer_network_profile WHERE customer_id = ?::uuid",
                customer.id())).containsEntry("preferred_channels", "email").containsEntry("preferred_language", "en");

        String invoice = invoice(shop, customer, "INV-9", "700");
        String notification = post("/api/invoices/" + invoice + "/send-to-customer", shop, """
                {"customer_id": "%s", "channels": ["sms", "email"]}""".formatted(customer.id())).body().get("notification_id").asText();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode status = get("/api/notifications/" + notification, shop).body();
            assertThat(status.get("messages").findValuesAsText("status")).containsExactlyInAnyOrder("suppressed", "sent");
        });
        assertThat(sms.sentTo(phone).stream().filter(m -> !"otp".equals(m.purpose()))).isEmpty();
        assertThat(email.sentTo(address)).singleElement().satisfies(m -> assertThat(m.subject()).contains("Invoice"));
    }

    /** Issue 21's case: WhatsApp first, a customer who takes SMS and email, a send asking WhatsApp and SMS. */
    @Test
    void aWhatsAppTheCustomerDoesNotTakeEndsSuppressedWithItsReasonBesideTheSms() {
        Owner shop = newBusiness("Fertilizer Shop");
        assertThat(send("PUT", "/api/business/channel-order", shop.headers(), "{\"order\": [\"whatsapp\", \"sms\", \"email\"]}").status())
                .isEqualTo(200);
        Customer customer = registerCustomer(shop, "Ramesh", newPhone(), false);
        String token = signedIn(customer.phone()).get("token").asText();
        asCustomer("PUT", "/api/customer-portal/preferences", token, """
                {"notifications_enabled": true, "preferred_channels": ["sms", "email"], "preferred_language": "hi"}""");
        await().until(() -> "sms,email".equals(jdbc.queryForObject(
                "SELECT preferred_channels FROM notification_preferences WHERE customer_id = ?::uuid", String.class, customer.id())));

        String invoice = invoice(shop, customer, "INV-WA", "900");
        JsonNode answer = post("/api/invoices/" + invoice + "/send-to-customer", shop, """
                {"customer_id": "%s", "channels": ["whatsapp", "sms"]}""".formatted(customer.id())).body();
        // issue 24: the answer already says what the planner will do
        assertThat(answer.at("/whatsapp/status").asText()).isEqualTo("suppressed");
        assertThat(answer.at("/whatsapp/reason").asText()).isEqualTo("channel_not_preferred");
        assertThat(answer.at("/sms/status").asText()).isEqualTo("queued");
        assertThat(answer.get("channels_sent")).containsExactly(json.getNodeFactory().textNode("sms"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode messages = get("/api/notifications/" + answer.get("notification_id").asText(), shop).body().get("messages");
            assertThat(messages).hasSize(2);
            assertThat(messages).filteredOn(m -> m.get("channel").asText().equals("whatsapp")).singleElement().satisfies(m -> {
                assertThat(m.get("status").asText()).isEqualTo("suppressed");
                assertThat(m.get("failure_reason").asText()).isEqualTo("channel_not_preferred");
            });
            assertThat(messages).filteredOn(m -> m.get("channel").asText().equals("sms")).singleElement()
                    .satisfies(m -> assertThat(m.get("status").asText()).isEqualTo("sent"));
        });
    }

    @Test
    void notificationsOffSuppressesEveryInvoiceMessage() {
        Owner shop = newBusiness("Book Shop");
        Customer customer = registerCustomer(shop, "Asha", newPhone(), false);
        String token = signedIn(customer.phone()).get("token").asText();
        asCustomer("PUT", "/api/customer-portal/preferences", token, """
                {"notifications_enabled": false, "preferred_channels": ["sms"], "preferred_language": "hi"}""");
        await().until(() -> Boolean.FALSE.equals(jdbc.queryForObject(
                "SELECT notifications_enabled FROM notification_preferences WHERE customer_id = ?::uuid", Boolean.class, customer.id())));

        String invoice = invoice(shop, customer, "INV-1", "50");
        String notification = post("/api/invoices/" + invoice + "/send-to-customer", shop, """
                {"customer_id": "%s", "channels": ["sms"]}""".formatted(customer.id())).body().get("notification_id").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/api/notifications/" + notification, shop).body().get("messages").findValuesAsText("status"))
                        .containsExactly("suppressed"));
    }

    @Test
    void badPreferencesAreRefused() {
        Customer customer = registerCustomer(newBusiness("Shop"), "Asha", newPhone(), false);
        String token = signedIn(customer.phone()).get("token").asText();
        Response response = asCustomer("PUT", "/api/customer-portal/preferences", token, """
                {"notifications_enabled": true, "preferred_channels": ["fax"], "preferred_language": "fr"}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").findValuesAsText("field")).contains("preferred_language");
    }
}
