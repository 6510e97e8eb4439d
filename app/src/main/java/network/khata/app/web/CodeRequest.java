package network.khata.app.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotNull;

/** A request for a sign-in code by SMS, at either door ({@link CodeDoors}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CodeRequest(@NotNull @PhoneNumber String phone) {
}
