package network.khata.api.team;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Gives the person with this phone (E.164) a role in the business; the same role again changes nothing. Answers
 * {@link Outcome}: whether they joined the team now, had their role changed, or had it already.
 */
public record SetTeamMember(@TargetAggregateIdentifier java.util.UUID businessId, String phone, TeamRole role) {
    public enum Outcome {
        JOINED, ROLE_CHANGED, UNCHANGED;

        public boolean changed() {
            return this != UNCHANGED;
        }
    }
}
