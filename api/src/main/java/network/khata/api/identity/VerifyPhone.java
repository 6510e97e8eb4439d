package network.khata.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The customer enters the code they received: verifies the phone the first time, signs them in every time. */
public record VerifyPhone(@TargetAggregateIdentifier UUID customerId, String phone, String code) {
}
