package network.khata.api.businesses;

import network.khata.api.sequencing.BusinessEvent;

import java.util.UUID;

/** A business's name and time zone as they are from now on (both given, changed or not). */
public record BusinessUpdated(UUID businessId, String name, String timeZone) implements BusinessEvent {
}
