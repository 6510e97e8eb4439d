package network.khata.api.team;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes the person with this phone (E.164) off the business's team; their sessions stop acting for it at once. */
public record RemoveTeamMember(@TargetAggregateIdentifier java.util.UUID businessId, String phone) {
}
