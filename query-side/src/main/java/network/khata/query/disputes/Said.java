package network.khata.query.disputes;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.springframework.lang.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One thing said about an invoice, the same for the owner and the customer: by whom ({@code customer}, {@code owner}),
 * what ({@code confirmed}, {@code disputed}, {@code corrected}, {@code upheld}), a dispute's reason, the note, and a
 * correction's credit note.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Said(Instant saidAt, String saidBy, String kind, @Nullable String reason, @Nullable String note,
                   @Nullable BigDecimal credit) {
}
