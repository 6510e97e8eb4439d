package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.api.identity.NetworkIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /api/customers/search} over real HTTP; each engine's test extends this class. */
abstract class CustomerSearchHttpContract extends HttpApiTest {
    private Owner owner;
    private String rameshPhone;

    @BeforeEach
    void givenAKhata() {
        owner = newBusiness("Fertilizer Shop");
        rameshPhone = register(owner, "Ramesh Kumar");
        register(owner, "Rmesh Shah");
        register(owner, "Suresh Patel");
        await().atMost(Duration.ofSeconds(20)).until(() -> results("Patel").size() == 2);
    }

    private String register(Owner who, String name) {
        String phone = "+9198" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        Response response = post("/api/customers/auto-register", who,
                "{\"name\": \"" + name + "\", \"phone\": \"" + phone + "\", \"auto_send_welcome_sms\": false}");
        assertThat(response.status()).isEqualTo(201);
        return phone;
    }

    private List<JsonNode> results(String query) {
        return results(owner, query);
    }

    private List<JsonNode> results(Owner who, String query) {
        Response response = get("/api/customers/search?q=" + query.replace(" ", "%20").replace("+", "%2B"), who);
        assertThat(response.status()).isEqualTo(200);
        return StreamSupport.stream(response.body().get("results").spliterator(), false).toList();
    }

    @Test
    void exactMatchesFirstThenSuggestionsThenOneCreateNewEntry() {
        Response response = get("/api/customers/search?q=Ramesh&limit=10", owner);
        assertThat(response.body().get("search_took_ms").asLong()).isNotNegative();
        List<JsonNode> results = StreamSupport.stream(response.body().get("results").spliterator(), false).toList();

        assertThat(results).extracting(r -> r.get("type").asText(), r -> r.get("name").asText())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("exact_match", "Ramesh Kumar"),
                        org.assertj.core.groups.Tuple.tuple("suggestion", "Rmesh Shah"),
                        org.assertj.core.groups.Tuple.tuple("suggestion", "Ramesh"));
        JsonNode exact = results.get(0);
        assertThat(exact.get("customer_id").asText()).isEqualTo(NetworkIds.customerId(rameshPhone).toString());
        assertThat(exact.get("phone").asText()).isEqualTo(rameshPhone);
        assertThat(exact.get("status").asText()).isEqualTo("registered");
        assertThat(exact.get("phone_verified").asBoolean()).isFalse();
        assertThat(exact.get("portal_active").asBoolean()).isFalse();
        assertThat(exact.get("total_balance").decimalValue()).isZero();
        JsonNode createNew = results.get(2);
        assertThat(createNew.get("customer_id").asText()).isEqualTo("NEW");
        assertThat(createNew.get("status").asText()).isEqualTo("not_registered");
        assertThat(createNew.get("action").asText()).isEqualTo("create_new");
    }

    @Test
    void aPhoneNumberFindsItsCustomer() {
        assertThat(results(rameshPhone.substring(3))).first()
                .satisfies(r -> assertThat(r.get("name").asText()).isEqualTo("Ramesh Kumar"))
                .satisfies(r -> assertThat(r.get("type").asText()).isEqualTo("exact_match"));
    }

    @Test
    void anOwnerNeverSeesAnotherBusinessesCustomers() {
        Owner other = newBusiness("Book Shop");
        assertThat(results(other, "Ramesh")).extracting(r -> r.get("action").asText()).containsExactly("create_new");
    }

    @Test
    void aPhoneInTheNetworkThroughAnotherBusinessShowsAsRegisteredWithNothingElse() {
        Owner other = newBusiness("Book Shop");
        List<JsonNode> results = results(other, rameshPhone);
        assertThat(results).hasSize(1);
        JsonNode entry = results.get(0);
        assertThat(entry.get("status").asText()).isEqualTo("registered");
        assertThat(entry.get("customer_id").asText()).isEqualTo(NetworkIds.customerId(rameshPhone).toString());
        assertThat(entry.get("action").asText()).isEqualTo("create_new");
        assertThat(entry.get("name").isNull()).isTrue();
        assertThat(entry.toString()).doesNotContain("Ramesh", "Kumar", "Fertilizer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?q=", "?q=%20%20", "?q=Ramesh&limit=0", "?q=Ramesh&limit=51", "?q=Ramesh&limit=ten"})
    void badParametersAreAProblem(String parameters) {
        Response response = get("/api/customers/search" + parameters, owner);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aQueryLongerThanAHundredCharactersIsAProblem() {
        assertThat(get("/api/customers/search?q=" + "a".repeat(101), owner).status()).isEqualTo(400);
    }
}
