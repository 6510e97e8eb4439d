package network.khata.command;

import java.util.UUID;

/** Whether an aggregate (a business, a party, an invoice) with this id has been created. */
@FunctionalInterface
public interface AggregateRegistry {
    boolean exists(UUID aggregateId);
}
