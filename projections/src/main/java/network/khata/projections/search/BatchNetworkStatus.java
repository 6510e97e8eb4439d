package network.khata.projections.search;

import network.khata.api.customers.CustomerRegistered;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The network status a new search document starts with, and the parties a status change reaches, for a processor's
 * whole batch at once. A registration needs its customer's status (verified, used the portal) and remembers its party
 * for later status changes; asked per event, that was a round trip per registration, most of a replay's time. So the
 * first registration of a batch reads the statuses of every registered customer of the batch in one statement, and the
 * parties are written together as the batch commits ({@link BatchedWrites}: tried again one by one after a failure,
 * like the documents). A status change in the batch {@linkplain #changed forgets} what was read for its customer, so a
 * registration after it reads the database as it would have one by one, and finds the parties not yet written too.
 * Nothing read ahead is written ahead: a handler undone alone (a savepoint, after a failure) leaves nothing behind that
 * another event would trust. Outside a batch (a dead letter retried on its own, a test) each event reads its own.
 */
final class BatchNetworkStatus {
    record NetworkStatus(boolean phoneVerified, boolean portalUsed) {
        static final NetworkStatus NONE = new NetworkStatus(false, false);
    }

    private record Party(UUID partyId, UUID customerId) {
    }

    private static final String KEY = BatchNetworkStatus.class.getName();
    private static final RowMapper<NetworkStatus> STATUS_ROW = (rs, row) -> new NetworkStatus(rs.getBoolean(1), rs.getBoolean(2));

    private final JdbcTemplate jdbc;
    private final BatchedWrites<Party> parties = new BatchedWrites<>(this::write);

    BatchNetworkStatus(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers the party and answers its customer's network status as of this event. */
    NetworkStatus registered(UUID partyId, UUID customerId) {
        parties.put(partyId, new Party(partyId, customerId));
        Map<UUID, NetworkStatus> batch = batch();
        NetworkStatus readAhead = batch == null ? null : batch.get(customerId);
        return readAhead != null ? readAhead : current(customerId);
    }

    /** The customer's status as the database now has it. */
    NetworkStatus current(UUID customerId) {
        return jdbc.query("SELECT phone_verified, portal_used FROM customer_search_network_status WHERE customer_id = ?",
                STATUS_ROW, customerId).stream().findFirst().orElse(NetworkStatus.NONE);
    }

    /** The customer's status changed in this batch: what was read ahead for them no longer holds. */
    void changed(UUID customerId) {
        Map<UUID, NetworkStatus> batch = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().<Map<UUID, NetworkStatus>>getResource(KEY) : null;
        if (batch != null) {
            batch.remove(customerId);
        }
    }

    /** The customer's parties: those written, and those of this transaction not written yet. */
    Collection<UUID> partiesOf(UUID customerId) {
        Set<UUID> found = new LinkedHashSet<>(jdbc.queryForList(
                "SELECT party_id FROM customer_search_parties WHERE customer_id = ?", UUID.class, customerId));
        parties.pending().stream().filter(party -> party.customerId().equals(customerId)).forEach(party -> found.add(party.partyId()));
        return found;
    }

    /** This batch's statuses read ahead, one per registered customer; null outside a processor's batch. */
    private Map<UUID, NetworkStatus> batch() {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> unitOfWork)) {
            return null;
        }
        return unitOfWork.getOrComputeResource(KEY, key -> readAhead(customersRegistered(unitOfWork)));
    }

    private static UUID[] customersRegistered(BatchingUnitOfWork<?> unitOfWork) {
        List<UUID> customers = new ArrayList<>();
        for (Message<?> message : unitOfWork.getMessages()) {
            if (CustomerRegistered.class.equals(message.getPayloadType())) {
                customers.add(((CustomerRegistered) message.getPayload()).customerId());
            }
        }
        return customers.toArray(UUID[]::new);
    }

    private Map<UUID, NetworkStatus> readAhead(UUID[] customers) {
        Map<UUID, NetworkStatus> statuses = new HashMap<>();
        for (UUID customer : customers) {
            statuses.put(customer, NetworkStatus.NONE);
        }
        jdbc.query("SELECT customer_id, phone_verified, portal_used FROM customer_search_network_status "
                + "WHERE customer_id = ANY(CAST(? AS uuid[]))", rs -> {
            statuses.put(rs.getObject(1, UUID.class), new NetworkStatus(rs.getBoolean(2), rs.getBoolean(3)));
        }, (Object) customers);
        return statuses;
    }

    private void write(Collection<Party> held) {
        jdbc.update("INSERT INTO customer_search_parties (party_id, customer_id) SELECT * FROM unnest(CAST(? AS uuid[]), "
                        + "CAST(? AS uuid[])) ON CONFLICT DO NOTHING",
                held.stream().map(Party::partyId).toArray(UUID[]::new), held.stream().map(Party::customerId).toArray(UUID[]::new));
    }
}
