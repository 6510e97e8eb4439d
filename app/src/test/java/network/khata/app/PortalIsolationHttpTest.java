package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.app.security.RowScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nobody reads what is not theirs: not a customer through the portal (even naming another's business or invoice),
 * not an owner through any owner endpoint, and not the service's own database role outside the caller's scope.
 */
@PostgresEngineApp
class PortalIsolationHttpTest extends PortalApiTest {
    private Owner shopA;
    private Owner shopB;
    private Customer customerA;
    private Customer neighbourOfA;
    private Customer customerB;
    private String invoiceA;
    private String invoiceOfNeighbour;
    private String invoiceB;

    /** A is billed by shop A only; B by shop B only; A's neighbour by shop A too. */
    @BeforeEach
    void twoBusinessesWithTheirOwnCustomers() {
        shopA = newBusiness("Shop A");
        shopB = newBusiness("Shop B");
        customerA = registerCustomer(shopA, "Anil Customer", newPhone(), false);
        neighbourOfA = registerCustomer(shopA, "Neha Neighbour", newPhone(), false);
        customerB = registerCustomer(shopB, "Bharat Customer", newPhone(), false);
        invoiceA = invoice(shopA, customerA, "A-1", "100");
        invoiceOfNeighbour = invoice(shopA, neighbourOfA, "A-2", "200");
        invoiceB = invoice(shopB, customerB, "B-1", "300");
        await().until(() -> jdbc.queryForObject("SELECT count(*) FROM invoices WHERE id IN (?::uuid, ?::uuid, ?::uuid)",
                Long.class, invoiceA, invoiceOfNeighbour, invoiceB) == 3);
    }

    @Test
    void aCustomerSeesOnlyTheirOwnInvoicesEvenNamingAnotherBusinessOrInvoice() {
        String token = signedIn(customerA.phone()).get("token").asText();

        JsonNode all = asCustomer("GET", "/api/customer-portal/invoices", token, null).body();
        assertThat(all.get("invoices").findValuesAsText("invoice_id")).containsExactly(invoiceA);
        JsonNode atShopA = asCustomer("GET", "/api/customer-portal/invoices?business_id=" + shopA.businessId(), token, null).body();
        assertThat(atShopA.get("invoices").findValuesAsText("invoice_id")).containsExactly(invoiceA);
        assertThat(atShopA.get("summary").get("total_outstanding").decimalValue()).isEqualByComparingTo("100");

        for (String crafted : List.of("/api/customer-portal/invoices?business_id=" + shopB.businessId(),
                "/api/customer-portal/balance?business_id=" + shopB.businessId(),
                "/api/customer-portal/invoices/" + invoiceB + "/pdf",
                "/api/customer-portal/invoices/" + invoiceOfNeighbour + "/pdf")) {
            Response response = send("GET", crafted, Map.of("Authorization", "Bearer " + token), null);
            assertThat(response.status()).as(crafted).isEqualTo(404);
            assertThat(response.contentType()).as(crafted).startsWith("application/problem+json");
        }
        JsonNode dashboard = asCustomer("GET", "/api/customer-portal/dashboard", token, null).body();
        assertThat(dashboard.get("businesses").findValuesAsText("business_name")).containsExactly("Shop A");
        assertThat(dashboard.get("recent_invoices").findValuesAsText("invoice_id")).containsExactly(invoiceA);
    }

    @Test
    void anOwnerReadsNothingOfAnotherBusinessThroughAnyEndpoint() {
        String notificationOfA = post("/api/invoices/" + invoiceA + "/send-to-customer", shopA,
                "{\"customer_id\": \"" + customerA.id() + "\", \"channels\": [\"sms\"]}").body().get("notification_id").asText();

        JsonNode search = get("/api/customers/search?q=Anil&limit=10", shopB).body();
        assertThat(search.toString()).doesNotContain("Anil Customer", customerA.phone());
        assertThat(get("/api/invoices/" + invoiceA + "/pdf", shopB).status()).isEqualTo(404);
        assertThat(get("/api/notifications/" + notificationOfA, shopB).status()).isEqualTo(404);
        assertThat(post("/api/invoices/" + invoiceA + "/payments", shopB, "{\"amount\": 1}").status()).isEqualTo(404);
        assertThat(post("/api/invoices/" + invoiceA + "/send-to-customer", shopB,
                "{\"customer_id\": \"" + customerA.id() + "\", \"channels\": [\"sms\"]}").status()).isIn(404, 400);
        Response samePhoneAtB = post("/api/customers/auto-register", shopB, """
                {"name": "Someone", "phone": "%s", "auto_send_welcome_sms": false}""".formatted(customerA.phone()));
        assertThat(samePhoneAtB.body().get("name").asText()).isEqualTo("Someone");
        assertThat(samePhoneAtB.body().toString()).doesNotContain("Anil");
    }

    @Test
    void theServicesDatabaseRoleSeesOnlyTheRowsOfTheScopeItIsGiven() {
        assertThat(jdbc.queryForMap("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user"))
                .containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
        String invoices = "SELECT id::text FROM invoices WHERE id IN ('%s', '%s', '%s')".formatted(invoiceA, invoiceOfNeighbour, invoiceB);

        assertThat(RowScope.callAs(RowScope.customer(UUID.fromString(customerA.id())), () -> jdbc.queryForList(invoices, String.class)))
                .containsExactly(invoiceA);
        assertThat(RowScope.callAs(RowScope.owner(shopA.businessId()), () -> jdbc.queryForList(invoices, String.class)))
                .containsExactlyInAnyOrder(invoiceA, invoiceOfNeighbour);
        assertThat(RowScope.callAs(RowScope.NONE, () -> jdbc.queryForList(invoices, String.class))).isEmpty();
        assertThat(RowScope.callAs(RowScope.customer(UUID.fromString(customerA.id())),
                () -> jdbc.queryForList("SELECT customer_id::text FROM parties WHERE business_id = ?", String.class, shopA.businessId())))
                .containsExactly(customerA.id());
        assertThat(RowScope.callAs(RowScope.customer(UUID.fromString(customerA.id())),
                () -> jdbc.update("UPDATE invoices SET amount = 0 WHERE id = ?::uuid", invoiceA))).isZero();
        assertThat(RowScope.callAs(RowScope.owner(shopB.businessId()),
                () -> jdbc.queryForList("SELECT customer_id::text FROM customer_network_profile", String.class)))
                .contains(customerB.id()).doesNotContain(customerA.id(), neighbourOfA.id());
        await().until(() -> jdbc.queryForObject("SELECT count(*) FROM customer_search WHERE business_id IN (?, ?)",
                Long.class, shopA.businessId(), shopB.businessId()) == 3);
        assertThat(RowScope.callAs(RowScope.owner(shopB.businessId()),
                () -> jdbc.queryForList("SELECT customer_id::text FROM customer_search WHERE business_id IN (?, ?)", String.class,
                        shopA.businessId(), shopB.businessId()))).containsExactly(customerB.id());
    }
}
