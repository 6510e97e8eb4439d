package network.khata.command;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Asks the event store itself, so the answer is never behind a projection: a business exists once its
 * {@code BusinessRegistered} event is stored. Business ids are random UUIDs and every other aggregate id is derived in
 * its own namespace, so no other aggregate shares one.
 */
@Component
class EventStoreBusinessDirectory implements BusinessDirectory {
    private final EventStore eventStore;

    EventStoreBusinessDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean isRegistered(UUID businessId) {
        return eventStore.lastSequenceNumberFor(businessId.toString()).isPresent();
    }
}
