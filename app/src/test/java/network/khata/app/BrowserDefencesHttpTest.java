package network.khata.app;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: what a browser is told to defend. Every page forbids inline and foreign script and framing, and content
 * sniffing; the portal's refresh token travels in an HttpOnly, Secure, SameSite cookie sent only to the refresh path,
 * which renews the session without any body, and signing out closes the sign-in and clears the cookie.
 */
@PostgresEngineApp
class BrowserDefencesHttpTest extends PortalApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void everyPageForbidsInlineScriptFramingAndSniffing() throws Exception {
        for (String path : List.of("/portal", "/owner", "/pay/i/unknown", "/api/customers/search?q=a")) {
            HttpResponse<String> page = raw("GET", path, null, null);
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(path).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(page.headers().firstValue("Strict-Transport-Security")).as(path + ": plain HTTP here").isEmpty();
        }
    }

    @Test
    void theRefreshTokenLivesInAnHttpOnlyCookieThatRenewsAndSignOutCloses() throws Exception {
        Customer customer = registerCustomer(newBusiness("Shop"), "Asha", newPhone(), true);
        HttpResponse<String> signedIn = raw("POST", "/api/customer-portal/register", null,
                "{\"phone\": \"" + customer.phone() + "\", \"otp\": \"" + codeSentTo(customer.phone(), 1) + "\"}");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("khata_refresh=").contains("; Path=/api/customer-portal/token/refresh", "; Secure",
                "; HttpOnly", "; SameSite=Strict", "Max-Age=2592000");
        String refresh = cookie.substring("khata_refresh=".length(), cookie.indexOf(';'));

        HttpResponse<String> renewed = raw("POST", "/api/customer-portal/token/refresh", "khata_refresh=" + refresh, "");
        assertThat(renewed.statusCode()).isEqualTo(200);
        String access = json.readTree(renewed.body()).get("token").asText();
        String next = renewed.headers().firstValue("Set-Cookie").orElseThrow();
        String nextRefresh = next.substring("khata_refresh=".length(), next.indexOf(';'));
        assertThat(nextRefresh).isNotEqualTo(refresh);
        assertThat(asCustomer("GET", "/api/customer-portal/dashboard", access, null).status()).isEqualTo(200);

        HttpResponse<String> signedOut = raw("DELETE", "/api/customer-portal/token/refresh", "khata_refresh=" + nextRefresh, null);
        assertThat(signedOut.statusCode()).isEqualTo(204);
        assertThat(signedOut.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("khata_refresh=;").contains("Max-Age=0");
        assertThat(asCustomer("GET", "/api/customer-portal/dashboard", access, null).status()).isEqualTo(401);
        assertThat(raw("POST", "/api/customer-portal/token/refresh", "khata_refresh=" + nextRefresh, "").statusCode()).isEqualTo(401);
        assertThat(raw("POST", "/api/customer-portal/token/refresh", null, "").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> raw(String method, String path, String cookie, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
