package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.notifications.email.LocalEmailOutbox;
import network.khata.notifications.sms.SmsMessage;
import network.khata.testsupport.KhataTestEnvironment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An invoice due in three days, with the service's clock moved along its reminder times in Asia/Kolkata. The
 * scheduler's durable deadlines are rows of db-scheduler's table, which keeps time by the database's clock: moving
 * the service's clock also brings the deadlines due by then forward to now.
 */
@SpringBootTest(classes = KhataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = KhataTestEnvironment.Isolated.class)
@Import(ReminderHttpTest.Clocks.class)
class ReminderHttpTest extends PortalApiTest {
    private static final Instant START = Instant.parse("2026-12-01T02:30:00Z");                          // 08:00 IST
    private static final MovableClock CLOCK = new MovableClock(START);

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    LocalEmailOutbox email;

    @BeforeEach
    void startOfTheDay() {
        CLOCK.set(START);
    }

    private void moveTo(String instant) {
        Instant at = Instant.parse(instant);
        CLOCK.set(at);
        jdbc.update("UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = 'AxonDeadline' AND execution_time <= ?",
                Timestamp.from(at));
    }

    private List<String> reminders(String phone) {
        return sms.sentTo(phone).stream().map(SmsMessage::text).filter(text -> text.contains("याद दिलाना") || text.contains("ज़रूरी")).toList();
    }

    @Test
    void anInvoiceDueInThreeDaysIsRemindedAtThePolicysTimesUntilItIsPaid() {
        Owner owner = newBusiness("Fertilizer Shop");
        Response policy = send("PUT", "/api/business/reminder-policy", owner.headers(),
                "{\"enabled\": true, \"channels\": [\"sms\", \"email\"]}");
        assertThat(policy.status()).isEqualTo(200);
        assertThat(policy.body().get("steps").findValuesAsText("day")).containsExactly("-3", "0", "3", "7", "14");
        assertThat(policy.body().get("time_zone").asText()).isEqualTo("Asia/Kolkata");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT reminder_policy IS NOT NULL FROM businesses WHERE id = ?", Boolean.class, owner.businessId()));
        String phone = newPhone();
        String address = "r" + phone.substring(3) + "@example.com";
        String customerId = post("/api/customers/auto-register", owner, """
                {"name": "Ramesh Kumar", "phone": "%s", "email": "%s", "auto_send_welcome_sms": false}"""
                .formatted(phone, address)).body().get("customer_id").asText();
        String invoiceId = post("/api/invoices", owner, """
                {"customer_id": "%s", "invoice_number": "INV-R", "amount": 2500, "issue_date": "2026-12-01", "due_date": "2026-12-04"}"""
                .formatted(customerId)).body().get("invoice_id").asText();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode plan = get("/api/invoices/" + invoiceId + "/reminders", owner).body();
            assertThat(plan.get("upcoming").findValuesAsText("at")).containsExactly("2026-12-01T10:00:00+05:30",
                    "2026-12-04T10:00:00+05:30", "2026-12-07T10:00:00+05:30", "2026-12-11T10:00:00+05:30", "2026-12-18T10:00:00+05:30");
            assertThat(plan.get("upcoming").get(0).get("channels").toString()).isEqualTo("[\"sms\",\"email\"]");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline'", Long.class))
                    .isEqualTo(1);
        });
        assertThat(get("/api/reminders/upcoming?days=7", owner).body().get("reminders").findValuesAsText("invoice_number"))
                .containsExactly("INV-R", "INV-R", "INV-R");
        assertThat(reminders(phone)).isEmpty();

        moveTo("2026-12-01T04:30:01Z");                      // 10:00 IST, three days before the due date
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(reminders(phone)).singleElement().satisfies(text -> assertThat(text).contains("INV-R", "2,500.00", "/p/"));
            assertThat(email.sentTo(address)).anySatisfy(mail -> assertThat(mail.body()).contains("INV-R", "2,500.00"));
        });

        assertThat(post("/api/invoices/" + invoiceId + "/payments", owner, "{\"amount\": 1000, \"method\": \"cash\"}").status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline'", Long.class) == 1);
        moveTo("2026-12-04T04:30:01Z");                      // the due date, 10:00 IST: what is due now
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(reminders(phone)).hasSize(2)
                .last().satisfies(text -> assertThat(text).contains("INV-R", "1,500.00")));

        assertThat(post("/api/invoices/" + invoiceId + "/payments", owner, "{\"amount\": 1500, \"method\": \"upi\"}").status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline'", Long.class) == 0);
        moveTo("2026-12-18T04:30:01Z");
        JsonNode after = get("/api/invoices/" + invoiceId + "/reminders", owner).body();
        assertThat(after.get("upcoming")).isEmpty();
        assertThat(after.get("sent").findValuesAsText("channel")).containsExactlyInAnyOrder("sms", "email", "sms", "email");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> reminders(phone).size() == 2);

        String today = LocalDate.now(ZoneId.of("Asia/Kolkata")).toString();
        JsonNode report = get("/api/notifications/delivery-report?date_from=" + today + "&date_to=" + today, owner).body();
        assertThat(report.at("/by_type/payment_reminder/sent").asLong()).isEqualTo(4);
    }

    @Test
    void badPoliciesAndSettingsAreRefusedAndAPausedInvoiceHasNothingUpcoming() {
        Owner owner = newBusiness("Book Shop");
        for (String body : List.of("{}", "{\"enabled\": true, \"steps\": []}",
                "{\"enabled\": true, \"steps\": [{\"day\": 400, \"template\": \"urgent\"}]}",
                "{\"enabled\": true, \"steps\": [{\"day\": 1, \"template\": \"shout\"}]}",
                "{\"enabled\": true, \"steps\": [{\"day\": 1, \"template\": \"urgent\"}, {\"day\": 1, \"template\": \"reminder\"}]}",
                "{\"enabled\": true, \"channels\": [\"pigeon\"]}")) {
            Response refused = send("PUT", "/api/business/reminder-policy", owner.headers(), body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.contentType()).contains("application/problem+json");
        }
        assertThat(get("/api/business/reminder-policy", owner).body().get("enabled").asBoolean()).isFalse();

        assertThat(send("PUT", "/api/business/reminder-policy", owner.headers(), "{\"enabled\": true}").status()).isEqualTo(200);
        Customer customer = registerCustomer(owner, "Anita", newPhone(), false);
        String invoiceId = invoice(owner, customer, "B-1", "100");
        Response paused = send("PUT", "/api/invoices/" + invoiceId + "/reminders", owner.headers(), "{\"paused\": true}");
        assertThat(paused.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode plan = get("/api/invoices/" + invoiceId + "/reminders", owner).body();
            assertThat(plan.get("paused").asBoolean()).isTrue();
            assertThat(plan.get("upcoming")).isEmpty();
        });
        Response own = send("PUT", "/api/invoices/" + invoiceId + "/reminders", owner.headers(),
                "{\"paused\": false, \"steps\": [{\"day\": 10, \"template\": \"urgent\"}]}");
        assertThat(own.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode plan = get("/api/invoices/" + invoiceId + "/reminders", owner).body();
            assertThat(plan.get("own_schedule").asBoolean()).isTrue();
            assertThat(plan.get("upcoming").findValuesAsText("at")).containsExactly("2026-12-15T10:00:00+05:30");
        });
        assertThat(get("/api/invoices/" + java.util.UUID.randomUUID() + "/reminders", owner).status()).isEqualTo(404);
    }
}
