package network.khata.api.businesses;

import network.khata.api.sequencing.BusinessEvent;

import java.util.UUID;

/** The shop's address and GSTIN as they are from now on (either may be null: not given). */
public record BusinessDetailsChanged(UUID businessId, String address, String gstin) implements BusinessEvent {
}
