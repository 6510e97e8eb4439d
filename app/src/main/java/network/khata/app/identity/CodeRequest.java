package network.khata.app.identity;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotNull;
import network.khata.app.web.PhoneNumber;

/** A request for a sign-in code by SMS, at either door ({@link CodeDoors}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CodeRequest(@NotNull @PhoneNumber String phone) {
}
