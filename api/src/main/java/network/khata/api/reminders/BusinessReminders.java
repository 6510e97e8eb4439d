package network.khata.api.reminders;

import java.time.ZoneId;

/** A business's reminder policy with the time zone its reminder times are in. */
public record BusinessReminders(ReminderPolicy policy, ZoneId zone) {
}
