package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.api.businesses.RegisterBusiness;
import network.khata.app.security.OwnerTokens;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Real HTTP against the running service, as an owner of a business of its own. */
public abstract class HttpApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;
    @Autowired
    protected OwnerTokens tokens;
    @Autowired
    protected CommandGateway commandGateway;
    @Autowired
    protected network.khata.api.payments.PaymentLinks paymentLinks;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected ObjectMapper json;

    public record Owner(UUID businessId, UUID ownerId, String token) {
        Map<String, String> headers() {
            return Map.of("Authorization", "Bearer " + token, "X-Business-ID", businessId.toString());
        }
    }

    public record Response(int status, String contentType, JsonNode body) {
    }

    /** A business registered with the network, and a valid token of its owner. */
    protected Owner newBusiness(String name) {
        UUID businessId = UUID.randomUUID();
        UUID ownerId = UUID.randomUUID();
        commandGateway.sendAndWait(new RegisterBusiness(businessId, name, null));
        return new Owner(businessId, ownerId, tokens.mint(ownerId, businessId, Instant.now(), Duration.ofHours(1)));
    }

    protected Response post(String path, Owner owner, String body) {
        return send("POST", path, owner.headers(), body);
    }

    protected Response get(String path, Owner owner) {
        return send("GET", path, owner.headers(), null);
    }

    /** The bytes an owner downloads from {@code path} (a PDF, a CSV), after asserting it answered 200. */
    protected byte[] download(String path, Owner owner) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        owner.headers().forEach(request::header);
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response.body();
    }

    protected Response send(String method, String path, Map<String, String> headers, String body) {
        return sendBytes(method, path, headers, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Any body (a file); JSON unless the headers name another Content-Type. */
    protected Response sendBytes(String method, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (body != null) {
            all.putIfAbsent("Content-Type", "application/json");
        }
        all.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode parsed = response.body().isEmpty() || !contentType.contains("json") ? json.nullNode() : json.readTree(response.body());
            return new Response(response.statusCode(), contentType, parsed);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected long eventsOf(UUID aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                aggregateId.toString());
    }

    /** Events stored on behalf of one business (its id travels in every event's metadata). */
    protected long storedEvents(UUID businessId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry "
                + "WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'businessId' = ?", Long.class, businessId.toString());
    }
}
