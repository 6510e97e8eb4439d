package network.khata.app.customers;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code khata.abuse.*}: codes a business may have sent to numbers the network never saw, an hour ({@link NewNumberCodes});
 * past it, customers are registered without their code.
 */
@Validated
@ConfigurationProperties("khata.abuse")
public record AbuseSettings(@Min(0) @DefaultValue("100") int newNumberCodesPerBusinessPerHour) {
}
