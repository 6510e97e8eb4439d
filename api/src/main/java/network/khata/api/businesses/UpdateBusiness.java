package network.khata.api.businesses;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The core ledger app renames a business or moves it to another time zone; null leaves a field as it is. */
public record UpdateBusiness(@TargetAggregateIdentifier UUID businessId, String name, String timeZone) {
}
