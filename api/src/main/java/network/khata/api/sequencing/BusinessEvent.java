package network.khata.api.sequencing;

import java.util.UUID;

/**
 * An event about one business's khata. Processing groups whose rows hang off the business (its directory of parties)
 * handle a business's events in order, on one segment, by this id.
 */
public interface BusinessEvent {
    UUID businessId();
}
