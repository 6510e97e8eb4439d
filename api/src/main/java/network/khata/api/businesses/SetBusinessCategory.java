package network.khata.api.businesses;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Onboarding says what the business sells; setting the same category again changes nothing. */
public record SetBusinessCategory(@TargetAggregateIdentifier UUID businessId, BusinessCategory category) {
}
