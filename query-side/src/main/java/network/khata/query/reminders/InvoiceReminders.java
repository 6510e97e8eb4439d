package network.khata.query.reminders;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One invoice's reminders, times in the business's zone: those sent (by the schedule or by hand, each channel) and
 * those still to come by the schedule in force ({@code own_schedule}: the invoice's own steps, else the business's);
 * {@code paused} while the owner paused them or the customer disputes the invoice.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InvoiceReminders(UUID invoiceId, String invoiceNumber, String status, boolean enabled, boolean paused,
                               boolean ownSchedule, String timeZone, List<Sent> sent, List<Upcoming> upcoming) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Sent(OffsetDateTime at, String channel, String status) {
    }

    /** @param day days from the due date (or the issue date, for an invoice without one) */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Upcoming(OffsetDateTime at, int day, String template, List<String> channels) {
    }
}
