package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.api.identity.NetworkIds;
import network.khata.notifications.sms.LocalSmsOutbox;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PostgresEngineApp
class AutoRegisterHttpTest extends HttpApiTest {
    @Autowired
    LocalSmsOutbox sms;

    private static String newPhone() {
        return "98" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    private static String register(String name, String phone) {
        return """
                {"name": "%s", "phone": "%s", "email": "Ramesh@Example.com", "profile_type": "individual",
                 "auto_send_welcome_sms": true, "auto_tag_recent_invoices": false}""".formatted(name, phone);
    }

    @Test
    void registersACustomerAndSendsTheVerificationCodeBySms() {
        Owner owner = newBusiness("Fertilizer Shop");
        String phone = newPhone();
        String e164 = "+91" + phone;

        Response response = post("/api/customers/auto-register", owner, register("Ramesh Kumar", phone));

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.body();
        assertThat(body.get("customer_id").asText()).isEqualTo(NetworkIds.customerId(e164).toString());
        assertThat(body.get("name").asText()).isEqualTo("Ramesh Kumar");
        assertThat(body.get("phone").asText()).isEqualTo(e164);
        assertThat(body.get("phone_verified").asBoolean()).isFalse();
        assertThat(body.get("email_verified").asBoolean()).isFalse();
        assertThat(body.get("otp_sent_to_phone").asBoolean()).isTrue();
        assertThat(body.get("otp_resend_after").asInt()).isEqualTo(60);
        assertThat(body.get("message").asText()).isEqualTo("Customer created. OTP sent to " + e164);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(sms.sentTo(e164)).singleElement().satisfies(message -> {
                    // the welcome template: the business that added the customer, and the code
                    assertThat(message.template()).isEqualTo("welcome");
                    assertThat(message.variables().get("otp")).matches("\\d{6}");
                    assertThat(message.text()).contains("Fertilizer Shop", message.variables().get("otp"));
                }));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT email FROM parties WHERE business_id = ?", String.class, owner.businessId())).isEqualTo("ramesh@example.com"));
    }

    @Test
    void registeringTheSamePhoneAgainAnswersWithTheSameCustomerAndSendsNoSecondCode() {
        Owner owner = newBusiness("Fertilizer Shop");
        String phone = newPhone();
        Response first = post("/api/customers/auto-register", owner, register("Ramesh Kumar", phone));
        UUID customer = NetworkIds.customerId("+91" + phone);
        long events = eventsOf(customer) + eventsOf(NetworkIds.partyId(owner.businessId(), customer));

        Response again = post("/api/customers/auto-register", owner, register("R. Kumar", "+91 " + phone));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("customer_id")).isEqualTo(first.body().get("customer_id"));
        assertThat(again.body().get("name").asText()).isEqualTo("Ramesh Kumar");
        assertThat(again.body().get("otp_sent_to_phone").asBoolean()).isFalse();
        assertThat(again.body().get("otp_resend_after").asInt()).isBetween(1, 60);
        assertThat(eventsOf(customer) + eventsOf(NetworkIds.partyId(owner.businessId(), customer))).isEqualTo(events);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(sms.sentTo("+91" + phone)).hasSize(1));
    }

    @Test
    void concurrentRegistrationsOfOnePhoneMakeOneCustomer() throws Exception {
        Owner owner = newBusiness("Fertilizer Shop");
        String phone = newPhone();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> post("/api/customers/auto-register", owner, register("Ramesh Kumar", phone)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Response> responses = new ArrayList<>();
        for (Future<Response> future : pool.invokeAll(calls)) {
            responses.add(future.get());
        }
        pool.shutdown();

        assertThat(responses).extracting(Response::status).containsOnly(200, 201).filteredOn(status -> status == 201).hasSize(1);
        assertThat(responses).extracting(r -> r.body().get("customer_id").asText()).containsOnly(
                NetworkIds.customerId("+91" + phone).toString());
        assertThat(eventsOf(NetworkIds.partyId(owner.businessId(), NetworkIds.customerId("+91" + phone)))).isEqualTo(1);
        assertThat(eventsOf(NetworkIds.customerId("+91" + phone))).isEqualTo(1);
    }

    @Test
    void aPhoneKnownToAnotherBusinessLinksToTheSameNetworkCustomerWithoutSharingItsData() {
        Owner first = newBusiness("Fertilizer Shop");
        Owner second = newBusiness("Book Shop");
        String phone = newPhone();
        post("/api/customers/auto-register", first, register("Ramesh Kumar", phone));

        Response linked = post("/api/customers/auto-register", second,
                "{\"name\": \"Ramu\", \"phone\": \"" + phone + "\", \"auto_send_welcome_sms\": false}");

        assertThat(linked.status()).isEqualTo(201);
        assertThat(linked.body().get("customer_id").asText()).isEqualTo(NetworkIds.customerId("+91" + phone).toString());
        assertThat(linked.body().get("name").asText()).isEqualTo("Ramu");
        assertThat(linked.body().get("otp_sent_to_phone").asBoolean()).isFalse();
        assertThat(linked.body().toString()).doesNotContain("Ramesh", "example.com", "Fertilizer");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT name FROM parties WHERE customer_id = ? ORDER BY name", String.class,
                NetworkIds.customerId("+91" + phone))).containsExactly("Ramesh Kumar", "Ramu"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing name       | {"phone": "9876500001"}                                        | name
            blank name         | {"name": "  ", "phone": "9876500001"}                          | name
            missing phone      | {"name": "Ramesh"}                                             | phone
            malformed phone    | {"name": "Ramesh", "phone": "12345"}                           | phone
            letters for phone  | {"name": "Ramesh", "phone": "call me"}                         | phone
            malformed email    | {"name": "Ramesh", "phone": "9876500001", "email": "ramesh@"}  | email
            unknown type       | {"name": "Ramesh", "phone": "9876500001", "profile_type": "x"} | profile_type
            """)
    void badInputIsAProblemNamingTheFieldAndStoresNothing(String what, String body, String field) {
        Owner owner = newBusiness("Fertilizer Shop");
        long events = storedEvents(owner.businessId());

        Response response = post("/api/customers/auto-register", owner, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asText()).isEqualTo("urn:khata:problem:invalid-request");
        assertThat(response.body().get("errors").findValuesAsText("field")).contains(field);
        assertThat(storedEvents(owner.businessId())).isEqualTo(events);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Response response = post("/api/customers/auto-register", newBusiness("Shop"),
                "{\"name\": \"\", \"phone\": \"12\", \"email\": \"nope\"}");
        assertThat(response.body().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "phone", "email");
    }

    @Test
    void aBodyThatIsNotJsonIsAProblem() {
        Owner owner = newBusiness("Shop");
        long events = storedEvents(owner.businessId());
        Response response = post("/api/customers/auto-register", owner, "{\"name\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(storedEvents(owner.businessId())).isEqualTo(events);
    }

    @Test
    void fiveCodesAnHourPerPhoneWhicheverBusinessRegistersIt() {
        String phone = newPhone();
        Clock real = GenericEventMessage.clock;
        try {
            for (int i = 0; i < 5; i++) {
                GenericEventMessage.clock = Clock.offset(real, Duration.ofSeconds(61L * i)); // the aggregate's clock
                JsonNode registered = post("/api/customers/auto-register", newBusiness("Shop " + i), register("Ramesh", phone)).body();
                assertThat(registered.get("otp_sent_to_phone").asBoolean()).as("code %d", i + 1).isTrue();
            }
            GenericEventMessage.clock = Clock.offset(real, Duration.ofSeconds(61L * 5));
            Response sixth = post("/api/customers/auto-register", newBusiness("Shop 6"), register("Ramesh", phone));
            assertThat(sixth.status()).isEqualTo(201);
            assertThat(sixth.body().get("otp_sent_to_phone").asBoolean()).isFalse();
            assertThat(sixth.body().get("otp_resend_after").asLong()).isBetween(3600L - 61 * 5 - 5, 3600L - 61 * 5 + 5);
        } finally {
            GenericEventMessage.clock = real;
        }
    }
}
