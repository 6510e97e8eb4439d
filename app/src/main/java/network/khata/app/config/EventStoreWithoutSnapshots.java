package network.khata.app.config;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.util.stream.Stream;

/**
 * Axon's JDBC event storage, minus one query per aggregate load: every command's aggregate is read back from the log,
 * and Axon first asks the snapshot table, which this service never writes (its aggregates hold a handful of events
 * each, and no snapshotter is configured). If snapshots are ever introduced, this class goes.
 */
public class EventStoreWithoutSnapshots extends JdbcEventStorageEngine {

    public EventStoreWithoutSnapshots(JdbcEventStorageEngine.Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }
}
