package network.khata.command;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Asks the event store itself, so the answer is never behind a projection: an aggregate exists once its first event is
 * stored. Business ids are random UUIDs and every other aggregate id is derived in a namespace of its own
 * ({@link network.khata.api.identity.NetworkIds}), so no two aggregates share an id.
 */
@Component
class EventStoreRegistry implements Registry {
    private final EventStore eventStore;

    EventStoreRegistry(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean exists(UUID aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId.toString()).isPresent();
    }
}
