package network.khata.notifications.reminders;

import network.khata.api.reminders.BusinessReminders;

import java.util.UUID;

/** Where a reminder saga learns the policy and time zone of its business when it starts (later changes reach it as events). */
@FunctionalInterface
public interface ReminderPolicies {
    BusinessReminders of(UUID businessId);
}
