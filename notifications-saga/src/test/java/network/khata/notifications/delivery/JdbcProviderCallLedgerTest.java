package network.khata.notifications.delivery;

import network.khata.api.messaging.Channel;
import network.khata.testsupport.TestPostgres;
import network.khata.testsupport.TestMigrations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import network.khata.notifications.DeliveryException;

/**
 * The ledger against a real PostgreSQL: a delivery batch that rolls back (as one does when the process dies before it
 * commits) and is replayed finds the outcome of its provider calls and does not call again.
 */
class JdbcProviderCallLedgerTest {
    private static JdbcTemplate jdbc;
    private static TransactionTemplate batch;
    private static ProviderCallLedger ledger;

    @BeforeAll
    static void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestPostgres.jdbcUrl("provider-call-ledger"), TestPostgres.user(), "");
        TestMigrations.migrate(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        batch = new TransactionTemplate(transactions);
        ledger = new JdbcProviderCallLedger(jdbc, transactions, Clock.systemUTC());
    }

    @Test
    void aBatchRolledBackAfterTheCallFindsItsOutcomeAndDoesNotCallAgain() {
        UUID message = UUID.randomUUID();
        AtomicInteger calls = new AtomicInteger();
        String first = inBatchThatRollsBack(() -> ledger.call(message, 1, Channel.SMS, () -> "msg91-" + calls.incrementAndGet()));
        String replayed = inBatchThatRollsBack(() -> ledger.call(message, 1, Channel.SMS, () -> "msg91-" + calls.incrementAndGet()));

        assertThat(first).isEqualTo("msg91-1");
        assertThat(replayed).isEqualTo("msg91-1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void aRecordedRefusalIsAnsweredAgainWithoutACall() {
        UUID message = UUID.randomUUID();
        AtomicInteger calls = new AtomicInteger();
        for (int run = 0; run < 2; run++) {
            assertThatThrownBy(() -> inBatchThatRollsBack(() -> ledger.call(message, 1, Channel.EMAIL, () -> {
                calls.incrementAndGet();
                throw DeliveryException.permanentFailure("400 from SendGrid: invalid address");
            }))).isInstanceOf(DeliveryException.class).hasMessage("400 from SendGrid: invalid address")
                    .matches(e -> ((DeliveryException) e).permanent());
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void aCallWithoutAnOutcomeWasInFlightAndIsMadeOnceMore() {
        UUID message = UUID.randomUUID();
        assertThatThrownBy(() -> ledger.call(message, 1, Channel.WHATSAPP, () -> {
            throw new IllegalStateException("the process died here");
        })).isInstanceOf(IllegalStateException.class);

        AtomicInteger calls = new AtomicInteger();
        assertThat(ledger.call(message, 1, Channel.WHATSAPP, () -> "wamid-" + calls.incrementAndGet())).isEqualTo("wamid-1");
        assertThat(ledger.call(message, 1, Channel.WHATSAPP, () -> "wamid-" + calls.incrementAndGet())).isEqualTo("wamid-1");
        assertThat(calls).hasValue(1);
        assertThat(jdbc.queryForObject("SELECT starts FROM provider_calls WHERE message_id = ?", Integer.class, message)).isEqualTo(2);
    }

    @Test
    void eachAttemptIsACallOfItsOwn() {
        UUID message = UUID.randomUUID();
        assertThatThrownBy(() -> ledger.call(message, 1, Channel.SMS, () -> {
            throw DeliveryException.transientFailure("503 from MSG91");
        })).isInstanceOf(DeliveryException.class);

        assertThat(ledger.call(message, 2, Channel.SMS, () -> "msg91-2")).isEqualTo("msg91-2");
    }

    @Test
    void aProviderIdOfAnyLengthIsKeptAndAnsweredAgain() {
        UUID message = UUID.randomUUID();
        String longId = "wamid." + "A".repeat(400);
        AtomicInteger calls = new AtomicInteger();
        for (int run = 0; run < 2; run++) {
            assertThat(inBatchThatRollsBack(() -> ledger.call(message, 1, Channel.WHATSAPP, () -> {
                calls.incrementAndGet();
                return longId;
            }))).isEqualTo(longId);
        }
        assertThat(calls).hasValue(1);
    }

    private static String inBatchThatRollsBack(java.util.function.Supplier<String> work) {
        return batch.execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }
}
