package network.khata.app.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The operator's own credentials for the operations surface ({@code khata.admin.*}, HTTP Basic on {@code /admin} and
 * {@code /actuator}); without a password that surface is closed.
 */
@Validated
@ConfigurationProperties("khata.admin")
public record AdminSettings(@NotBlank @DefaultValue("admin") String username, @DefaultValue("") String password) {
}
