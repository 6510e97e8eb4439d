package network.khata.api.reminders;

import java.util.UUID;

/** Query: the business's reminder policy and time zone; answers {@link BusinessReminders}. */
public record FindReminderPolicy(UUID businessId) {
}
