package network.khata.api.businesses;

import network.khata.api.sequencing.BusinessEvent;

import java.util.UUID;

/** The business's category from now on. */
public record BusinessCategorised(UUID businessId, BusinessCategory category) implements BusinessEvent {
}
