package network.khata.query.team;

import java.util.UUID;

/** Query: the member's role in the business now, if any; answers an optional {@link network.khata.api.team.TeamRole}. */
public record FindTeamRole(UUID memberId, UUID businessId) {
}
