package network.khata.api.team;

import network.khata.api.sequencing.BusinessEvent;

import java.util.UUID;

/** The person with this phone no longer acts for the business. */
public record TeamMemberRemoved(UUID businessId, UUID memberId, String phone) implements BusinessEvent {
}
