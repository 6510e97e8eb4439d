package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.api.messaging.Channel;
import network.khata.api.customers.UpdateNotificationPreferences;
import network.khata.api.identity.RequestPhoneVerification;
import network.khata.notifications.sms.SmsMessage;
import network.khata.testsupport.KhataTestEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One request reminds 1,000 overdue customers: asked for at 21:30 in the business's zone it waits for 09:00, then
 * every customer's oldest overdue invoice goes through the planner like a single send: three customers who turned
 * notifications off and fifty who have had their ten messages of the day get nothing, the rest one SMS each; a
 * customer whose invoice is not due yet is not reminded.
 */
@SpringBootTest(classes = KhataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = KhataTestEnvironment.Isolated.class)
@Import(OverdueRemindersHttpTest.Clocks.class)
@DirtiesContext   // a context of its own (its clock): closed after, so its connections do not stay with the suite's
class OverdueRemindersHttpTest extends PortalApiTest {
    private static final Instant EVENING = Instant.parse("2026-12-01T16:00:00Z");                          // 21:30 IST
    private static final Instant MORNING = Instant.parse("2026-12-02T03:30:01Z");                          // 09:00 IST
    private static final MovableClock CLOCK = new MovableClock(EVENING);
    private static final int OVERDUE = 1_000;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    private List<String> reminders(String phone) {
        return sms.sentTo(phone).stream().filter(message -> !"otp".equalsIgnoreCase(message.purpose())).map(SmsMessage::text).toList();
    }

    @Test
    void aThousandOverdueCustomersAreRemindedAfterTheQuietHoursWithinPreferencesAndTheDailyCap() {
        Owner owner = newBusiness("Krishi Kendra");
        List<String> phones = new ArrayList<>();
        StringBuilder file = new StringBuilder("name,phone\n");
        while (phones.size() < OVERDUE + 1) {
            String phone = "+9196" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
            if (!phones.contains(phone)) {
                phones.add(phone);
                file.append("Kisan ").append(phones.size()).append(',').append(phone).append('\n');
            }
        }
        Map<String, String> headers = new HashMap<>(owner.headers());
        headers.put("Content-Type", "text/csv");
        String imported = sendBytes("POST", "/api/customers/imports", headers, file.toString().getBytes(StandardCharsets.UTF_8))
                .body().get("status_url").asText();
        await().atMost(Duration.ofSeconds(120)).until(() -> get(imported, owner).body().get("status").asText().equals("done"));
        Map<String, String> customers = new HashMap<>();
        jdbc.query("SELECT phone, customer_id FROM parties WHERE business_id = ?",
                rs -> { customers.put(rs.getString(1), rs.getString(2)); }, owner.businessId());

        for (int i = 0; i <= OVERDUE; i++) {
            String phone = phones.get(i);
            String due = i == OVERDUE ? "2026-12-20" : "2026-11-" + (10 + i % 20);      // the last one is not due yet
            Response invoice = post("/api/invoices", owner, """
                    {"customer_id": "%s", "invoice_number": "K-%d", "amount": %d, "issue_date": "2026-11-01", "due_date": "%s"}"""
                    .formatted(customers.get(phone), i, 500 + i, due));
            assertThat(invoice.status()).isEqualTo(201);
        }
        List<String> switchedOff = phones.subList(0, 3);
        for (String phone : switchedOff) {   // the customer's own door to this is PortalPreferencesHttpTest's
            commandGateway.sendAndWait(new RequestPhoneVerification(UUID.fromString(customers.get(phone)), phone));
            commandGateway.sendAndWait(new UpdateNotificationPreferences(UUID.fromString(customers.get(phone)), false,
                    Set.of(Channel.SMS), "hi"));
        }
        List<String> capped = phones.subList(3, 53);
        for (String phone : capped) {                                     // ten messages already today, before 09:00
            for (int n = 0; n < 10; n++) {
                jdbc.update("INSERT INTO notification_sends (message_id, customer_id, planned_at) VALUES (?, ?::uuid, ?)",
                        UUID.randomUUID(), customers.get(phone), Timestamp.from(MORNING.minus(Duration.ofHours(2))));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM invoices WHERE business_id = ?", Long.class, owner.businessId()) == OVERDUE + 1
                && jdbc.queryForObject("SELECT count(*) FROM notification_preferences WHERE customer_id IN (?::uuid, ?::uuid, ?::uuid)"
                + " AND NOT notifications_enabled", Long.class, switchedOff.stream().map(customers::get).toArray()) == 3);

        Response asked = post("/api/reminders/overdue", owner, "{\"channels\": [\"sms\"]}");
        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.body().get("customers").asInt()).isEqualTo(OVERDUE);
        assertThat(asked.body().get("starts_at").asText()).isEqualTo("2026-12-02T03:30:00Z");
        String url = asked.body().get("status_url").asText();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> get(url, owner).body().get("status").asText().equals("waiting"));
        assertThat(reminders(phones.get(100))).isEmpty();

        CLOCK.set(MORNING);
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode job = get(url, owner).body();
            assertThat(job.get("status").asText()).isEqualTo("done");
            assertThat(job.get("outcomes").toString()).isEqualTo("{\"reminded\":1000}");
            Map<String, Integer> ends = new HashMap<>();
            job.get("messages").forEach(count -> ends.merge(count.get("status").asText() + "/"
                    + count.path("reason").asText(""), count.get("count").asInt(), Integer::sum));
            assertThat(ends).isEqualTo(Map.of("sent/", OVERDUE - 53, "suppressed/frequency_cap", 50,
                    "suppressed/notifications_disabled", 3));
        });
        assertThat(reminders(phones.get(100))).singleElement().satisfies(text -> assertThat(text).contains("K-100"));
        switchedOff.forEach(phone -> assertThat(reminders(phone)).isEmpty());
        capped.forEach(phone -> assertThat(reminders(phone)).isEmpty());
        assertThat(reminders(phones.get(OVERDUE))).isEmpty();

        Response nobody = post("/api/reminders/overdue", owner, "{\"customer_ids\": [\"%s\"]}".formatted(customers.get(phones.get(OVERDUE))));
        assertThat(nobody.status()).isEqualTo(200);
        assertThat(nobody.body().get("customers").asInt()).isZero();
    }
}
