package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.api.team.TeamRole;
import network.khata.notifications.sms.SmsMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 28, the spec's risk table: "phone number conflicts → wrong customer gets SMS → match phone + first name". The
 * second business to register a number under another first name is told so (not the name, not the business); the
 * customer sees who holds their number and can say "not me": that business's messages stop and its owners are told.
 */
@PostgresEngineApp
class NotMeHttpTest extends PortalApiTest {

    @Test
    void aSecondBusinessWithAnotherFirstNameIsToldTheCustomerSaysNotMeAndItsMessagesStop() {
        Owner dairy = newBusiness("Dairy");
        Owner hardware = newBusiness("Hardware");
        String hardwareOwner = newPhone();
        addToTeam(hardware, hardwareOwner, TeamRole.OWNER);
        String phone = newPhone();
        Customer ramesh = registerCustomer(dairy, "Ramesh Kumar", phone, false);

        Response other = post("/api/customers/auto-register", hardware, """
                {"name": "Suresh Patel", "phone": "%s", "auto_send_welcome_sms": false}""".formatted(phone));
        assertThat(other.status()).isEqualTo(201);
        assertThat(other.body().get("known_by_another_name").asBoolean()).isTrue();
        assertThat(other.body().get("message").asText()).contains("another first name").doesNotContain("Ramesh").doesNotContain("Dairy");
        Response same = post("/api/customers/auto-register", hardware, """
                {"name": "Shri Ramesh", "phone": "%s", "auto_send_welcome_sms": false}""".formatted(newPhone()));
        assertThat(same.body().get("known_by_another_name").asBoolean()).isFalse();
        String invoice = invoice(hardware, ramesh, "H-1", "700");

        String token = signedIn(phone).get("token").asText();
        JsonNode businesses = asCustomer("GET", "/api/customer-portal/dashboard", token, null).body().get("businesses");
        assertThat(holders(businesses)).containsExactly("Dairy:Ramesh Kumar:false", "Hardware:Suresh Patel:true");

        Response notMe = asCustomer("POST", "/api/customer-portal/businesses/" + hardware.businessId() + "/not-me", token, null);
        assertThat(notMe.status()).isEqualTo(200);
        assertThat(notMe.body().get("changed").asBoolean()).isTrue();
        assertThat(asCustomer("POST", "/api/customer-portal/businesses/" + hardware.businessId() + "/not-me", token, null)
                .body().get("changed").asBoolean()).isFalse();
        assertThat(asCustomer("POST", "/api/customer-portal/businesses/" + java.util.UUID.randomUUID() + "/not-me", token, null)
                .status()).isEqualTo(404);

        // the business leaves the portal, its invoices with it; the owner sees it on the customer, and is told by SMS
        await().until(() -> holders(asCustomer("GET", "/api/customer-portal/dashboard", token, null).body().get("businesses"))
                .equals(List.of("Dairy:Ramesh Kumar:false")));
        assertThat(asCustomer("GET", "/api/customer-portal/invoices", token, null).body().get("invoices")).isEmpty();
        await().until(() -> get("/api/customers?sort=last_activity", hardware).body().get("customers").findValues("said_not_me")
                .stream().anyMatch(JsonNode::asBoolean));
        await().until(() -> templates(hardwareOwner).contains("owner_not_me"));
        assertThat(sms.sentTo(hardwareOwner).get(0).text()).contains(phone, "Suresh Patel");

        // nothing the business sends reaches the number, and the answer says so
        await().until(() -> jdbc.queryForObject("SELECT disowned FROM notification_contacts WHERE party_id = "
                + "(SELECT id FROM parties WHERE business_id = ? AND customer_id = ?::uuid)", Boolean.class, hardware.businessId(), ramesh.id()));
        Response sent = post("/api/invoices/" + invoice + "/send-to-customer", hardware, "{\"channels\": [\"sms\"]}");
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.body().at("/sms/status").asText()).isEqualTo("suppressed");
        assertThat(sent.body().at("/sms/reason").asText()).isEqualTo("not_me");
        await().until(() -> "suppressed".equals(get(sent.body().get("status_url").asText(), hardware).body().at("/messages/0/status").asText()));
        assertThat(sms.sentTo(phone).stream().filter(message -> message.text().contains("H-1"))).isEmpty();
    }

    @Test
    void theOwnersAreToldByTextWhenACustomerDisputesAnInvoice() {
        Owner shop = newBusiness("Fertilizer Shop");
        String ownerPhone = newPhone();
        String staffPhone = newPhone();
        addToTeam(shop, ownerPhone, TeamRole.OWNER);
        addToTeam(shop, staffPhone, TeamRole.STAFF);
        Customer ravi = registerCustomer(shop, "Ravi Kumar", newPhone(), false);
        String invoice = invoice(shop, ravi, "F-9", "900");
        String token = signedIn(ravi.phone()).get("token").asText();
        assertThat(asCustomer("POST", "/api/customer-portal/invoices/" + invoice + "/dispute", token, "{\"reason\": \"not_received\"}")
                .status()).isEqualTo(200);
        await().until(() -> templates(ownerPhone).contains("owner_dispute"));
        assertThat(sms.sentTo(ownerPhone).get(0).text()).contains("Ravi Kumar", "F-9", "/owner");
        assertThat(templates(staffPhone)).doesNotContain("owner_dispute");
    }

    private List<String> templates(String phone) {
        return sms.sentTo(phone).stream().map(SmsMessage::template).toList();
    }

    private static List<String> holders(JsonNode businesses) {
        List<String> holders = new ArrayList<>();
        businesses.forEach(business -> holders.add(business.get("business_name").asText() + ":" + business.get("registered_as").asText()
                + ":" + business.get("name_differs").asBoolean()));
        return holders;
    }
}
