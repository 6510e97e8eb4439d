package network.khata.app.identity;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import network.khata.app.web.PhoneNumber;

/** A phone and the code it was sent, at either door ({@link CodeDoors}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SignIn(@NotNull @PhoneNumber String phone,
                     @NotNull @Pattern(regexp = "\\d{6}", message = "must be the 6 digits of the code") String otp) {
}
