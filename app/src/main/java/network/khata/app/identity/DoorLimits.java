package network.khata.app.identity;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How many codes and sign-ins the doors that open with a code allow ({@link CodeDoors}), defaults here and nowhere else. */
public final class DoorLimits {
    private DoorLimits() {
    }

    /** {@code khata.portal.otp.*}: codes an hour to one phone, and from one address. */
    @Validated
    @ConfigurationProperties("khata.portal.otp")
    public record Codes(@Min(1) @DefaultValue("5") int perPhonePerHour, @Min(1) @DefaultValue("20") int perIpPerHour) {
    }

    /** {@code khata.portal.sign-in.*}: sign-ins an hour from one address. */
    @Validated
    @ConfigurationProperties("khata.portal.sign-in")
    public record SignIns(@Min(1) @DefaultValue("30") int perIpPerHour) {
    }
}
