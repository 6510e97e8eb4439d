package network.khata.query.reminders;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The business's automatic reminders due soon, earliest first (the owner dashboard's "due this week"). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpcomingReminders(int days, List<Due> reminders) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Due(UUID invoiceId, String invoiceNumber, String customerName, OffsetDateTime at, String template) {
    }
}
