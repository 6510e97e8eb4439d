package network.khata.api.team;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The code a team member entered; answers {@link network.khata.api.identity.VerificationOutcome}. */
public record SignInTeamMember(@TargetAggregateIdentifier UUID memberId, String phone, String code) {
}
