package network.khata.api.reminders;

import network.khata.api.sequencing.BusinessEvent;
import network.khata.api.sequencing.CustomerEvent;

import java.util.List;
import java.util.UUID;

/** One invoice's reminders from now on: paused or not, its own steps or (null) the business's. */
public record InvoiceRemindersChanged(UUID invoiceId, UUID businessId, UUID customerId, boolean paused,
                                      List<ReminderStep> steps) implements BusinessEvent, CustomerEvent {
}
