package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.api.team.TeamRole;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25: owners and staff sign in like people, with a code by SMS to their phone, pick a business when they have
 * several, and act in it with their role; staff are refused what is the owner's, on every endpoint, by the server.
 */
@PostgresEngineApp
class TeamSignInHttpTest extends PortalApiTest {

    @Test
    void anOwnerSignsInWithACodeAndActsForTheirBusinessOnly() {
        Owner shop = newBusiness("Fertilizer Shop");
        Owner other = newBusiness("Book Shop");
        String phone = newPhone();
        addToTeam(shop, phone, TeamRole.OWNER);

        JsonNode session = teamSignedIn(phone);
        assertThat(session.get("businesses")).hasSize(1);
        assertThat(session.get("businesses").get(0).get("business_name").asText()).isEqualTo("Fertilizer Shop");
        assertThat(session.get("businesses").get(0).get("role").asText()).isEqualTo("owner");
        assertThat(send("GET", "/api/money/summary", acting(session, shop), null).status()).isEqualTo(200);
        assertThat(send("GET", "/api/team/members", acting(session, shop), null).body().get(0).get("phone").asText()).isEqualTo(phone);
        Response elsewhere = send("GET", "/api/invoices", acting(session, other), null);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.body().get("type").asText()).endsWith("wrong-business");
    }

    @Test
    void aPhoneOnNoTeamGetsTheSameAnswerAndNoCodeAndAWrongCodeIsOneRefusal() {
        String stranger = newPhone();
        Response asked = send("POST", "/api/team/otp", Map.of("X-Forwarded-For", newAddress()), "{\"phone\": \"" + stranger + "\"}");
        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.body().get("message").asText()).contains("is on a business's team");
        assertThat(teamCodes(stranger)).isEmpty();
        Response wrong = send("POST", "/api/team/sign-in", Map.of("X-Forwarded-For", newAddress()),
                "{\"phone\": \"" + stranger + "\", \"otp\": \"123456\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body().get("type").asText()).endsWith("invalid-code");
    }

    @Test
    void aPhoneWithTwoBusinessesPicksOneByItsHeaderAndTheSessionRenewsAndEnds() {
        Owner dairy = newBusiness("Dairy");
        Owner bakery = newBusiness("Bakery");
        String phone = newPhone();
        addToTeam(dairy, phone, TeamRole.OWNER);
        addToTeam(bakery, phone, TeamRole.STAFF);

        JsonNode session = teamSignedIn(phone);
        List<String> names = new ArrayList<>();
        session.get("businesses").forEach(business -> names.add(business.get("business_name").asText() + ":" + business.get("role").asText()));
        assertThat(names).containsExactly("Bakery:staff", "Dairy:owner");
        assertThat(send("GET", "/api/money/summary", acting(session, dairy), null).status()).isEqualTo(200);
        assertThat(send("GET", "/api/money/summary", acting(session, bakery), null).status()).isEqualTo(403);

        String refresh = session.get("refresh_token").asText();
        Response renewed = send("POST", "/api/team/token/refresh", Map.of(), "{\"refresh_token\": \"" + refresh + "\"}");
        assertThat(renewed.status()).isEqualTo(200);
        assertThat(renewed.body().get("businesses")).hasSize(2);
        assertThat(send("GET", "/api/invoices", acting(renewed.body(), bakery), null).status()).isEqualTo(200);
        // the used refresh token again: it was copied, so the whole sign-in closes, the new access token with it
        assertThat(send("POST", "/api/team/token/refresh", Map.of(), "{\"refresh_token\": \"" + refresh + "\"}").status()).isEqualTo(401);
        assertThat(send("GET", "/api/invoices", acting(renewed.body(), bakery), null).status()).isEqualTo(401);
        // a customer's refresh token does not open this door, nor a team token the portal
        assertThat(send("GET", "/api/customer-portal/balance", Map.of("Authorization", "Bearer " + session.get("token").asText()), null)
                .status()).isEqualTo(401);
    }

    @Test
    void theOwnerManagesStaffWhoWorkTheCounterButNotTheOwnersBusiness() {
        Owner shop = newBusiness("Kirana");
        String ownerPhone = newPhone();
        String staffPhone = newPhone();
        addToTeam(shop, ownerPhone, TeamRole.OWNER);
        JsonNode owner = teamSignedIn(ownerPhone);

        Response added = send("POST", "/api/team/members", acting(owner, shop), "{\"phone\": \"" + staffPhone.substring(3) + "\", \"role\": \"staff\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().get("phone").asText()).isEqualTo(staffPhone);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM team_members WHERE business_id = ? AND phone = ?", Long.class, shop.businessId(), staffPhone) == 1);
        JsonNode staff = teamSignedIn(staffPhone);

        Customer ravi = registerCustomer(shop, "Ravi Kumar", newPhone(), false);
        Response invoice = send("POST", "/api/invoices", acting(staff, shop), """
                {"customer_id": "%s", "invoice_number": "K-1", "amount": 500, "issue_date": "2026-11-20"}""".formatted(ravi.id()));
        assertThat(invoice.status()).isEqualTo(201);
        String invoiceId = invoice.body().get("invoice_id").asText();
        assertThat(send("POST", "/api/invoices/" + invoiceId + "/payments", acting(staff, shop), "{\"amount\": 100}").status()).isEqualTo(201);
        assertThat(send("POST", "/api/invoices/" + invoiceId + "/send-to-customer", acting(staff, shop), "{\"channels\": [\"sms\"]}").status())
                .isEqualTo(202);
        for (String[] call : new String[][]{{"GET", "/api/money/summary"}, {"GET", "/api/analytics/customer-network"},
                {"GET", "/api/audit/events"}, {"GET", "/api/team/members"}, {"PUT", "/api/business/payment-settings"}}) {
            Response refused = send(call[0], call[1], acting(staff, shop), call[0].equals("PUT") ? "{\"upi_vpa\": \"x@y\"}" : null);
            assertThat(refused.status()).as(call[1]).isEqualTo(403);
            assertThat(refused.body().get("type").asText()).endsWith("owner-only");
        }

        Response lastOwner = send("DELETE", "/api/team/members/" + ownerPhone, acting(owner, shop), null);
        assertThat(lastOwner.status()).isEqualTo(409);
        assertThat(send("DELETE", "/api/team/members/" + staffPhone, acting(owner, shop), null).status()).isEqualTo(204);
        assertThat(send("DELETE", "/api/team/members/" + staffPhone, acting(owner, shop), null).status()).isEqualTo(404);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                send("GET", "/api/invoices", acting(staff, shop), null).status() == 403);
    }

    /**
     * Every owner operation of the API document, called as staff and as an owner, with placeholder ids and an empty
     * body where it takes one: staff get 403 {@code owner-only} exactly where the document says
     * {@code x-team-roles: [owner]}, an owner never; the check runs before the request is read, so the placeholders do
     * not matter to it.
     */
    @Test
    void everyOwnerEndpointRefusesStaffExactlyWhereTheDocumentSays() {
        Owner shop = newBusiness("Hardware");
        String ownerPhone = newPhone();
        String staffPhone = newPhone();
        addToTeam(shop, ownerPhone, TeamRole.OWNER);
        addToTeam(shop, staffPhone, TeamRole.STAFF);
        JsonNode owner = teamSignedIn(ownerPhone);
        JsonNode staff = teamSignedIn(staffPhone);
        JsonNode document = send("GET", "/v3/api-docs", Map.of(), null).body();

        int ownerOnly = 0;
        int checked = 0;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) document.get("paths")::fields) {
            for (var operation : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                JsonNode roles = operation.getValue().get("x-team-roles");
                if (roles == null) {
                    continue;
                }
                String method = operation.getKey().toUpperCase();
                String url = path.getKey().replaceAll("\\{[a-zA-Z]*[iI]d\\}", UUID.randomUUID().toString())
                        .replace("{phone}", "+919800000001");
                String body = operation.getValue().has("requestBody") ? "{}" : null;
                boolean forOwnersOnly = roles.size() == 1;
                Response asStaff = send(method, url, acting(staff, shop), body);
                Response asOwner = send(method, url, acting(owner, shop), body);
                assertThat(isOwnerOnly(asStaff)).as("staff: %s %s", method, url).isEqualTo(forOwnersOnly);
                assertThat(isOwnerOnly(asOwner)).as("owner: %s %s", method, url).isFalse();
                ownerOnly += forOwnersOnly ? 1 : 0;
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(25);
        assertThat(ownerOnly).isGreaterThanOrEqualTo(10);
    }

    private static boolean isOwnerOnly(Response response) {
        return response.status() == 403 && response.body().path("type").asText().endsWith("owner-only");
    }
}
