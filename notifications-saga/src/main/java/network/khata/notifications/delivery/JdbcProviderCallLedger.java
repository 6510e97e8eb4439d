package network.khata.notifications.delivery;

import network.khata.api.messaging.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import network.khata.notifications.DeliveryException;

/**
 * The ledger in table {@code provider_calls}. The intent and the outcome are each committed in a transaction of their
 * own (the delivery batch's transaction is suspended meanwhile), so they survive a batch that is rolled back or never
 * commits because the process died. They commit without waiting for the disk ({@code synchronous_commit = off}): a
 * crash of the service loses nothing PostgreSQL has committed; only a crash of PostgreSQL itself could lose the last
 * fraction of a second of them, and then those calls are made once more. Waiting for the disk twice a message made
 * the saga a third slower.
 */
@Component
public class JdbcProviderCallLedger implements ProviderCallLedger {
    private static final Logger log = LoggerFactory.getLogger(JdbcProviderCallLedger.class);
    private static final int MAX_FAILURE = 1000;
    private static final String NO_WAIT_FOR_DISK = "SET LOCAL synchronous_commit = off";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public JdbcProviderCallLedger(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    private record Recorded(int starts, boolean finished, String providerId, String failure, boolean permanent) {
    }

    @Override
    public String call(UUID messageId, int attempt, Channel channel, Supplier<String> providerCall) {
        Recorded recorded = ownTransaction.execute(status -> begin(messageId, attempt, channel));
        if (recorded.finished()) {
            if (recorded.providerId() != null) {
                return recorded.providerId();
            }
            throw new DeliveryException(recorded.failure(), recorded.permanent(), null);
        }
        if (recorded.starts() > 1) {
            log.warn("{} message {} attempt {} was with the provider when its batch last stopped (a crash or an error); calling again",
                    channel.code(), messageId, attempt);
        }
        try {
            String providerId = providerCall.get();
            ownTransaction.executeWithoutResult(status -> finish(messageId, attempt, providerId, null, false));
            return providerId;
        } catch (DeliveryException e) {
            String reason = e.getMessage() == null ? "no reason given" : e.getMessage();
            ownTransaction.executeWithoutResult(status -> finish(messageId, attempt, null,
                    reason.length() > MAX_FAILURE ? reason.substring(0, MAX_FAILURE) : reason, e.permanent()));
            throw e;
        }
    }

    /** The outcome recorded earlier, or the intent recorded now (a repeated start counted). */
    private Recorded begin(UUID messageId, int attempt, Channel channel) {
        jdbc.execute(NO_WAIT_FOR_DISK);
        List<Recorded> rows = jdbc.query("""
                        INSERT INTO provider_calls (message_id, attempt, channel, started_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (message_id, attempt) DO UPDATE
                            SET starts = provider_calls.starts + (CASE WHEN provider_calls.finished_at IS NULL THEN 1 ELSE 0 END)
                        RETURNING starts, finished_at IS NOT NULL AS finished, provider_id, failure, coalesce(permanent, false) AS permanent""",
                (rs, row) -> new Recorded(rs.getInt("starts"), rs.getBoolean("finished"), rs.getString("provider_id"),
                        rs.getString("failure"), rs.getBoolean("permanent")),
                messageId, attempt, channel.code(), Timestamp.from(clock.instant()));
        return rows.get(0);
    }

    private void finish(UUID messageId, int attempt, String providerId, String failure, boolean permanent) {
        jdbc.execute(NO_WAIT_FOR_DISK);
        jdbc.update("UPDATE provider_calls SET finished_at = ?, provider_id = ?, failure = ?, permanent = ? "
                + "WHERE message_id = ? AND attempt = ?", Timestamp.from(clock.instant()), providerId, failure, permanent,
                messageId, attempt);
    }
}
