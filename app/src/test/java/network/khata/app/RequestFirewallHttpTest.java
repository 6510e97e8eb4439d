package network.khata.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before authentication and before any body is read: paths with parameters or encoded dots are refused (400), and
 * bodies over the limit, declared or streamed, are refused (413), as problem+json, leaving nothing behind.
 */
@PostgresEngineApp
class RequestFirewallHttpTest extends HttpApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/api;/audit/events", "/api/customer-portal;/dashboard", "/api/audit;x=1/events",
            "/api/%2e%2e/api/audit/events", "/api/customers/search%3b"})
    void pathsThatSpringAndTheFiltersCouldReadDifferentlyAreRefused(String path) {
        Owner shop = newBusiness("Fertilizer Shop");
        Response refused = send("GET", path, shop.headers(), null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body().get("type").asText()).isEqualTo("urn:khata:problem:rejected-path");
    }

    @Test
    void bodiesOverTheLimitAreRefusedBeforeAnythingReadsThem() throws Exception {
        Owner shop = newBusiness("Fertilizer Shop");
        long before = storedEvents(shop.businessId());
        String big = "{\"name\": \"" + "r".repeat(70 * 1024) + "\", \"phone\": \"9876506001\"}";

        Response declared = post("/api/customers/auto-register", shop, big);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.contentType()).contains("application/problem+json");

        HttpRequest.Builder streamed = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/customers/auto-register"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())));
        shop.headers().forEach(streamed::header);
        HttpResponse<String> chunked = HTTP.send(streamed.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(storedEvents(shop.businessId())).isEqualTo(before);

        Response webhook = send("POST", "/api/webhooks/msg91?token=whatever", Map.of(),
                "[" + "{\"requestId\": \"x\"},".repeat(60_000) + "{}]");
        assertThat(webhook.status()).isEqualTo(413);
        assertThat(webhook.contentType()).contains("application/problem+json");

        assertThat(post("/api/customers/auto-register", shop, "{\"name\": \"Ravi\", \"phone\": \"9876506001\"}").status())
                .isEqualTo(201);
    }
}
