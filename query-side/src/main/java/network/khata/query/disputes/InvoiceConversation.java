package network.khata.query.disputes;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.springframework.lang.Nullable;

import java.util.List;
import java.util.UUID;

/** An invoice's conversation: where it stands ({@code confirmed}, {@code disputed}, or null) and what each side said. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InvoiceConversation(UUID invoiceId, String invoiceNumber, @Nullable String customerSay, List<Said> said) {
}
