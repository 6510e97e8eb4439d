package network.khata.app;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 24 (in part): what Spring answers on its own is problem+json with a type of ours, never about:blank. */
@PostgresEngineApp
class ProblemTypesHttpTest extends PortalApiTest {

    @Test
    void aMissingQueryParameterIsBadInputNamedLikeAnyOther() {
        Owner owner = newBusiness("Shop");
        Response report = get("/api/notifications/delivery-report?date_to=2026-11-30", owner);
        assertThat(report.status()).isEqualTo(400);
        assertThat(report.contentType()).contains("application/problem+json");
        assertThat(report.body().get("type").asText()).isEqualTo("urn:khata:problem:invalid-request");
        assertThat(report.body().get("errors").get(0).get("field").asText()).isEqualTo("date_from");

        String token = signedIn(registerCustomer(owner, "Asha", newPhone(), true).phone()).get("token").asText();
        Response balance = asCustomer("GET", "/api/customer-portal/balance", token, null);
        assertThat(balance.status()).isEqualTo(400);
        assertThat(balance.body().get("type").asText()).isEqualTo("urn:khata:problem:invalid-request");
        assertThat(balance.body().get("errors").get(0).get("field").asText()).isEqualTo("business_id");
    }

    @Test
    void aWrongMethodOrMediaTypeHasATypeOfOurs() {
        Owner owner = newBusiness("Shop");
        Response wrongMethod = send("DELETE", "/api/customers/search?q=a", owner.headers(), null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.body().get("type").asText()).isEqualTo("urn:khata:problem:method-not-allowed");
        Response notJson = send("POST", "/api/invoices", Map.of("Authorization", owner.headers().get("Authorization"),
                "X-Business-ID", owner.businessId().toString(), "Content-Type", "text/plain"), "hello");
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(notJson.body().get("type").asText()).isEqualTo("urn:khata:problem:unsupported-media-type");
    }
}
