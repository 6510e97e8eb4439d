package network.khata.api.businesses;

import network.khata.api.sequencing.BusinessEvent;

import java.util.UUID;

public record BusinessRegistered(UUID businessId, String name, String timeZone) implements BusinessEvent {
}
