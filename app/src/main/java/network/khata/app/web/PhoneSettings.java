package network.khata.app.web;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/** {@code khata.phones.*}: the regions whose numbers the service takes ({@link PhoneNumber}); India by default. */
@Validated
@ConfigurationProperties("khata.phones")
public record PhoneSettings(@NotEmpty @DefaultValue("IN") List<String> allowedRegions) {
}
