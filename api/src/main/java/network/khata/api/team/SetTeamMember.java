package network.khata.api.team;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives the person with this phone (E.164) a role in the business; the same role again changes nothing. */
public record SetTeamMember(@TargetAggregateIdentifier java.util.UUID businessId, String phone, TeamRole role) {
}
