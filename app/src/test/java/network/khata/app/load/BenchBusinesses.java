package network.khata.app.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * For the load drivers: many small businesses to register customers in, as real traffic comes, instead of one business
 * taking every registration. One business would make the load serialize on what is rightly per business (its hourly
 * allowance of codes to new numbers, its analytics row) and would need that allowance lifted a thousandfold, so that
 * its window grows with the run; spread over businesses, each stays within what one shop does.
 */
final class BenchBusinesses {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BenchBusinesses() {
    }

    /** The request headers of {@code count} new businesses' owners (the local profile's development tokens). */
    static List<Map<String, String>> owners(String base, String namePrefix, int count) throws Exception {
        List<Map<String, String>> owners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> minted = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/dev/owner-tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"business_name\": \"" + namePrefix + " " + i + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode token = JSON.readTree(minted.body());
            owners.add(Map.of("Authorization", "Bearer " + token.get("token").asText(),
                    "X-Business-ID", token.get("business_id").asText()));
        }
        return owners;
    }
}
