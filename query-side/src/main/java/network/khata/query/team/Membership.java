package network.khata.query.team;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.UUID;

/** One business a team member acts for, and their role in it ({@code owner} or {@code staff}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Membership(UUID businessId, String businessName, String role) {
}
