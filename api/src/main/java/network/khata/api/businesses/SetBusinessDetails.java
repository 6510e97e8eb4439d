package network.khata.api.businesses;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * What a customer's invoice prints under the shop's name: its address and its GSTIN (India's 15-character GST number),
 * as onboarding gives them; null leaves a field as it is.
 */
public record SetBusinessDetails(@TargetAggregateIdentifier UUID businessId, String address, String gstin) {
    /** State code, PAN, entity number, Z, check character. */
    public static final String GSTIN = "[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]";
}
