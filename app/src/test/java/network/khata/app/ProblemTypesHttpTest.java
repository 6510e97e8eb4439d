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

    /** A query sent with raw UTF-8 bytes is not HTTP: the answer says how to send it, and the same search encoded works. */
    @Test
    void aRawUtf8QueryIsAnsweredWithHowToSendIt() throws java.io.IOException {
        Owner owner = newBusiness("Shop");
        String answer;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /api/customers/search?q=रमेश HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("urn:khata:problem:not-percent-encoded").contains("q=%E0%A4%B0%E0%A4%AE%E0%A5%87%E0%A4%B6");
        String encoded = java.net.URLEncoder.encode("रमेश", java.nio.charset.StandardCharsets.UTF_8);
        assertThat(get("/api/customers/search?q=" + encoded, owner).status()).isEqualTo(200);
    }
}
