package network.khata.projections.search;

import network.khata.api.customers.CustomerRegistered;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The network status a new search document starts with, for a processor's whole batch at once. A registration needs its
 * customer's status (verified, used the portal) and remembers its party for later status changes; asked per event,
 * that was a round trip per registration, most of a replay's time. So the first registration of a batch remembers every
 * registration's party of the batch in one statement and reads all their customers' statuses in another; status changes
 * handled later in the same batch are {@linkplain #current noted} here too, so each registration sees what it would have
 * seen one by one. A party remembered a little before its registration is handled only means an earlier status change
 * in the batch finds no document for it yet, which its registration then writes with that status. Outside a batch (a
 * dead letter retried on its own, a test) it is the single statement per event it always was.
 */
final class BatchNetworkStatus {
    record NetworkStatus(boolean phoneVerified, boolean portalUsed) {
        static final NetworkStatus NONE = new NetworkStatus(false, false);
    }

    private static final String KEY = BatchNetworkStatus.class.getName();
    private static final String STATUS_OF = "SELECT phone_verified, portal_used FROM customer_search_network_status WHERE customer_id = ?";
    private static final RowMapper<NetworkStatus> STATUS_ROW = (rs, row) -> new NetworkStatus(rs.getBoolean(1), rs.getBoolean(2));

    private final JdbcTemplate jdbc;

    BatchNetworkStatus(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers the party (once) and answers its customer's network status as of this event. */
    NetworkStatus registered(UUID partyId, UUID customerId) {
        Map<UUID, NetworkStatus> batch = batch();
        if (batch == null) {
            return jdbc.query("WITH party AS (INSERT INTO customer_search_parties (party_id, customer_id) VALUES (?, ?) "
                    + "ON CONFLICT DO NOTHING) " + STATUS_OF, STATUS_ROW, partyId, customerId, customerId)
                    .stream().findFirst().orElse(NetworkStatus.NONE);
        }
        return batch.getOrDefault(customerId, NetworkStatus.NONE);
    }

    /** The customer's status as it now is in the database (after a change this batch made). */
    NetworkStatus current(UUID customerId) {
        NetworkStatus status = jdbc.query(STATUS_OF, STATUS_ROW, customerId).stream().findFirst().orElse(NetworkStatus.NONE);
        Map<UUID, NetworkStatus> batch = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().<Map<UUID, NetworkStatus>>getResource(KEY) : null;
        if (batch != null) {
            batch.put(customerId, status);
        }
        return status;
    }

    /** This batch's statuses, read with its parties remembered on first use; null outside a processor's batch. */
    private Map<UUID, NetworkStatus> batch() {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> unitOfWork)) {
            return null;
        }
        return unitOfWork.getOrComputeResource(KEY, key -> rememberAndRead(registrations(unitOfWork)));
    }

    private static List<CustomerRegistered> registrations(BatchingUnitOfWork<?> unitOfWork) {
        List<CustomerRegistered> registrations = new ArrayList<>();
        for (Message<?> message : unitOfWork.getMessages()) {
            if (CustomerRegistered.class.equals(message.getPayloadType())) {
                registrations.add((CustomerRegistered) message.getPayload());
            }
        }
        return registrations;
    }

    private Map<UUID, NetworkStatus> rememberAndRead(List<CustomerRegistered> registrations) {
        UUID[] parties = registrations.stream().map(CustomerRegistered::partyId).toArray(UUID[]::new);
        UUID[] customers = registrations.stream().map(CustomerRegistered::customerId).toArray(UUID[]::new);
        jdbc.update("INSERT INTO customer_search_parties (party_id, customer_id) SELECT * FROM unnest(CAST(? AS uuid[]), "
                + "CAST(? AS uuid[])) ON CONFLICT DO NOTHING", parties, customers);
        Map<UUID, NetworkStatus> statuses = new HashMap<>();
        jdbc.query("SELECT customer_id, phone_verified, portal_used FROM customer_search_network_status WHERE customer_id = ANY(CAST(? AS uuid[]))",
                rs -> {
                    statuses.put(rs.getObject(1, UUID.class), new NetworkStatus(rs.getBoolean(2), rs.getBoolean(3)));
                }, (Object) customers);
        return statuses;
    }
}
