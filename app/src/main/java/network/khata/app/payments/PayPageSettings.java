package network.khata.app.payments;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code khata.pay-links.*}: pay pages one address may open a minute ({@link PayPageController}). The links' signing keys
 * ({@code khata.pay-links.keys}) stay a required placeholder: unset, the service does not start.
 */
@Validated
@ConfigurationProperties("khata.pay-links")
public record PayPageSettings(@Min(1) @DefaultValue("60") int perIpPerMinute) {
}
