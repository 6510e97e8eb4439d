package network.khata.query.business;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** A business's payment settings as its owner sees them; {@code configured} is false until the owner sets them. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PaymentSettings(boolean configured, String upiVpa, String payeeName, List<String> methods) {
}
