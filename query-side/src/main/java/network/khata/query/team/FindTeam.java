package network.khata.query.team;

import java.util.UUID;

/** Query: the business's team, owners first; answers a list of {@link Teammate}. */
public record FindTeam(UUID businessId) {
}
