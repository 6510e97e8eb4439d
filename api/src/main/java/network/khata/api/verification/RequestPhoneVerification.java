package network.khata.api.verification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Issues a one-time code to the phone of a network customer, unless one was issued too recently. */
public record RequestPhoneVerification(@TargetAggregateIdentifier UUID customerId, String phone) {
}
