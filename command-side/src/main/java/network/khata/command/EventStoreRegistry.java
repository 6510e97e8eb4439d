package network.khata.command;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Asks the event store itself, so the answer is never behind a projection: an aggregate exists once its first event is
 * stored. Business ids are random UUIDs and every other aggregate id is derived in a namespace of its own
 * ({@link network.khata.api.identity.NetworkIds}), so no two aggregates share an id.
 */
@Component
class EventStoreRegistry implements AggregateRegistry {
    private static final int REMEMBERED = 10_000;
    private final EventStore eventStore;
    /**
     * Aggregates seen to exist outside any unit of work (so in committed events): nothing is ever deleted from the
     * log, so they exist for good, and every owner request need not ask the store about its business again.
     */
    private final Map<UUID, Boolean> known = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    EventStoreRegistry(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean exists(UUID aggregateId) {
        if (known.containsKey(aggregateId)) {
            return true;
        }
        boolean exists = eventStore.lastSequenceNumberFor(aggregateId.toString()).isPresent();
        if (exists && !CurrentUnitOfWork.isStarted()) {
            known.put(aggregateId, Boolean.TRUE);
        }
        return exists;
    }
}
