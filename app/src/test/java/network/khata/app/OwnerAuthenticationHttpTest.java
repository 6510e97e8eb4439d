package network.khata.app;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import network.khata.app.security.OwnerTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Both owner endpoints refuse, as problem+json and storing nothing, every request that is not a known owner's. */
@PostgresEngineApp
class OwnerAuthenticationHttpTest extends HttpApiTest {
    private static final String BODY = "{\"name\": \"Ramesh\", \"phone\": \"9876543210\"}";

    private Response call(String endpoint, Map<String, String> headers) {
        return endpoint.equals("register")
                ? send("POST", "/api/customers/auto-register", headers, BODY)
                : send("GET", "/api/customers/search?q=Ramesh", headers, null);
    }

    private void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asText()).isEqualTo("urn:khata:problem:" + type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"register", "search"})
    void noTokenIsUnauthorized(String endpoint) {
        Owner owner = newBusiness("Shop");
        long events = storedEvents(owner.businessId());
        assertProblem(call(endpoint, Map.of("X-Business-ID", owner.businessId().toString())), 401, "unauthorized");
        assertThat(storedEvents(owner.businessId())).isEqualTo(events);
    }

    @ParameterizedTest
    @ValueSource(strings = {"register", "search"})
    void aTokenSignedWithAnotherKeyIsUnauthorized(String endpoint) {
        Owner owner = newBusiness("Shop");
        String forged = new OwnerTokens("some-other-key-that-is-long-enough-0123456789", "smartkhata")
                .mint(owner.ownerId(), owner.businessId(), Instant.now(), Duration.ofHours(1));
        long events = storedEvents(owner.businessId());
        assertProblem(call(endpoint, Map.of("Authorization", "Bearer " + forged,
                "X-Business-ID", owner.businessId().toString())), 401, "unauthorized");
        assertThat(storedEvents(owner.businessId())).isEqualTo(events);
    }

    @ParameterizedTest
    @ValueSource(strings = {"register", "search"})
    void anExpiredTokenIsUnauthorized(String endpoint) {
        Owner owner = newBusiness("Shop");
        String expired = tokens.mint(owner.ownerId(), owner.businessId(), Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
        Response response = call(endpoint, Map.of("Authorization", "Bearer " + expired, "X-Business-ID", owner.businessId().toString()));
        assertProblem(response, 401, "unauthorized");
        assertThat(response.body().get("detail").asText()).contains("expired");
    }

    @ParameterizedTest
    @ValueSource(strings = {"register", "search"})
    void aTokenOfAnotherBusinessIsForbidden(String endpoint) {
        Owner owner = newBusiness("Shop");
        Owner other = newBusiness("Other Shop");
        long events = storedEvents(owner.businessId());
        assertProblem(call(endpoint, Map.of("Authorization", "Bearer " + owner.token(),
                "X-Business-ID", other.businessId().toString())), 403, "wrong-business");
        assertThat(storedEvents(owner.businessId())).isEqualTo(events);
    }

    @ParameterizedTest
    @ValueSource(strings = {"register", "search"})
    void aMissingOrMalformedBusinessHeaderIsABadRequest(String endpoint) {
        Owner owner = newBusiness("Shop");
        assertProblem(call(endpoint, Map.of("Authorization", "Bearer " + owner.token())), 400, "missing-business");
        assertProblem(call(endpoint, Map.of("Authorization", "Bearer " + owner.token(), "X-Business-ID", "shop-1")), 400, "missing-business");
    }

    @ParameterizedTest
    @ValueSource(strings = {"register", "search"})
    void anUnknownBusinessIsNotFound(String endpoint) {
        UUID unknown = UUID.randomUUID();
        String token = tokens.mint(UUID.randomUUID(), unknown, Instant.now(), Duration.ofHours(1));
        long events = storedEvents(unknown);
        assertProblem(call(endpoint, Map.of("Authorization", "Bearer " + token, "X-Business-ID", unknown.toString())),
                404, "unknown-business");
        assertThat(storedEvents(unknown)).isEqualTo(events);
    }

    @ParameterizedTest
    @ValueSource(strings = {"register", "search"})
    void aTokenWithoutExpiryOrLivingLongerThanADayIsUnauthorized(String endpoint) {
        Owner owner = newBusiness("Shop");
        SecretKey key = Keys.hmacShaKeyFor("test-jwt-secret-that-is-long-enough-0123456789".getBytes(StandardCharsets.UTF_8));
        Instant now = Instant.now();
        String forever = Jwts.builder().issuer("smartkhata").subject(owner.ownerId().toString())
                .claim("business_id", owner.businessId().toString()).claim("typ", "owner").issuedAt(Date.from(now))
                .signWith(key, Jwts.SIG.HS256).compact();
        String aMonth = tokens.mint(owner.ownerId(), owner.businessId(), now, Duration.ofDays(30));
        long events = storedEvents(owner.businessId());

        Response noExpiry = call(endpoint, Map.of("Authorization", "Bearer " + forever, "X-Business-ID", owner.businessId().toString()));
        assertProblem(noExpiry, 401, "unauthorized");
        assertThat(noExpiry.body().get("detail").asText()).contains("expiry");
        Response tooLong = call(endpoint, Map.of("Authorization", "Bearer " + aMonth, "X-Business-ID", owner.businessId().toString()));
        assertProblem(tooLong, 401, "unauthorized");
        assertThat(tooLong.body().get("detail").asText()).contains("at most 24 hours");
        assertThat(storedEvents(owner.businessId())).isEqualTo(events);
    }
}
