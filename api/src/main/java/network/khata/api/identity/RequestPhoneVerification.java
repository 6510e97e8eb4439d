package network.khata.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Issues a one-time code to the phone of a network customer, unless one was issued too recently. With
 * {@code forSignIn} a code is issued even when the phone is already verified: the customer logs in with it.
 */
public record RequestPhoneVerification(@TargetAggregateIdentifier UUID customerId, String phone, boolean forSignIn) {
    /** A code to verify the phone (auto-register): none is sent once the phone is verified. */
    public RequestPhoneVerification(UUID customerId, String phone) {
        this(customerId, phone, false);
    }
}
