package network.khata.api.reminders;

import network.khata.api.sequencing.BusinessEvent;

import java.util.UUID;

/** The business's reminder policy from now on; every open invoice's reminders are planned again by it. */
public record ReminderPolicyChanged(UUID businessId, ReminderPolicy policy) implements BusinessEvent {
}
