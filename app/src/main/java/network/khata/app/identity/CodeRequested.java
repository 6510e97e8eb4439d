package network.khata.app.identity;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The answer to a request for a sign-in code, alike for every phone (see {@link CodeDoors}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CodeRequested(String phone, long resendAfter, long expiresIn, String message) {
}
