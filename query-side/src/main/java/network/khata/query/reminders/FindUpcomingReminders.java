package network.khata.query.reminders;

import java.util.UUID;

/** Query: the automatic reminders of the business due within {@code days}; answers {@link UpcomingReminders}. */
public record FindUpcomingReminders(UUID businessId, int days) {
}
