package network.khata.query.team;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/** One person on a business's team: their phone, role and since when. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Teammate(String phone, String role, Instant since) {
}
