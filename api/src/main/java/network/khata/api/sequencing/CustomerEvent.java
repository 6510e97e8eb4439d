package network.khata.api.sequencing;

import java.util.UUID;

/**
 * An event about one network customer. Processing groups whose read model is kept per customer (search documents,
 * network profiles, notification planning) handle a customer's events in order, on one segment, by this id; the
 * events of different customers run in parallel.
 */
public interface CustomerEvent {
    UUID customerId();
}
