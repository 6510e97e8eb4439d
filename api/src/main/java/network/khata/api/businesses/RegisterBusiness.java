package network.khata.api.businesses;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Makes a business of the core ledger known to the network. Registering it again changes nothing. */
public record RegisterBusiness(@TargetAggregateIdentifier UUID businessId, String name, String timeZone) {
}
