package network.khata.api.team;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Sends a sign-in code to an owner's or staff member's phone, under the customers' code rules (one a minute, five an
 * hour); answers {@link network.khata.api.identity.OtpRequestOutcome}.
 */
public record RequestTeamCode(@TargetAggregateIdentifier UUID memberId, String phone) {
}
