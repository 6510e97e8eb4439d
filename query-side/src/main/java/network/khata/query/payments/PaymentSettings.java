package network.khata.query.payments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import org.springframework.lang.Nullable;

import java.util.List;

/** A business's payment settings as its owner sees them; {@code configured} is false until the owner sets them
 * (and then the address and payee are null). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PaymentSettings(boolean configured, @Nullable String upiVpa, @Nullable String payeeName, List<String> methods) {
}
