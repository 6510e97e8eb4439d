package network.khata.api.team;

import network.khata.api.sequencing.BusinessEvent;

import java.util.UUID;

/** The person with this phone has this role in the business (added, or their role changed). */
public record TeamMemberSet(UUID businessId, UUID memberId, String phone, TeamRole role) implements BusinessEvent {
}
