package network.khata.query.messaging;

import network.khata.projections.messaging.NotificationMessages;
import network.khata.testsupport.TestPostgres;
import network.khata.testsupport.TestMigrations;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The notification query handlers against the read model's own tables, on a real PostgreSQL. */
class NotificationQueriesTest {
    private static final JdbcTemplate JDBC;

    static {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(TestPostgres.jdbcUrl(), TestPostgres.user(), "", true);
        TestMigrations.migrate(dataSource);
        JDBC = new JdbcTemplate(dataSource);
    }

    private final UUID business = UUID.randomUUID();
    private final UUID notification = UUID.randomUUID();
    private final UUID invoice = UUID.randomUUID();

    private UUID message(String channel, String status, String providerId, Instant createdAt) {
        UUID id = UUID.randomUUID();
        JDBC.update("""
                        INSERT INTO customer_notifications (id, notification_id, business_id, customer_id, invoice_id,
                          notification_type, channel, recipient, status, provider_message_id, attempts, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, 'invoice_created', ?, 'someone', ?, ?, 1, ?, ?)""",
                id, notification, business, UUID.randomUUID(), invoice, channel, status, providerId,
                Timestamp.from(createdAt), Timestamp.from(createdAt));
        return id;
    }

    @Test
    void aSendRequestShowsEachOfItsMessagesInTheOrderTheyWereMade() {
        Instant at = Instant.parse("2026-11-26T10:00:00Z");
        UUID sms = message("sms", "delivered", null, at);
        UUID email = message("email", "sent", null, at.plusSeconds(1));
        SendStatus status = new NotificationStatusQueries(JDBC).handle(new FindNotificationStatus(business, notification));
        assertThat(status.invoiceId()).isEqualTo(invoice);
        assertThat(status.messages()).extracting(SendStatus.MessageStatus::messageId, SendStatus.MessageStatus::status)
                .containsExactly(tuple(sms, "delivered"), tuple(email, "sent"));
    }

    @Test
    void anotherBusinessesSendRequestIsUnknown() {
        message("sms", "sent", null, Instant.now());
        assertThatThrownBy(() -> new NotificationStatusQueries(JDBC).handle(new FindNotificationStatus(UUID.randomUUID(), notification)))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aProvidersOwnIdFindsOurMessageOnItsChannelOnly() {
        String providerId = "msg91-" + UUID.randomUUID();
        UUID sms = message("sms", "sent", providerId, Instant.now());
        MessageQueries queries = new MessageQueries(new NotificationMessages(JDBC));
        assertThat(queries.handle(new FindMessageByProviderId("sms", providerId))).contains(sms);
        assertThat(queries.handle(new FindMessageByProviderId("email", providerId))).isEmpty();
        assertThat(queries.handle(new FindMessageByProviderId("sms", "unknown"))).isEmpty();
    }
}
