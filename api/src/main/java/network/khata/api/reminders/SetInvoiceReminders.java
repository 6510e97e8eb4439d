package network.khata.api.reminders;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * The owner pauses or resumes one invoice's reminders, or gives it steps of its own ({@code steps} null: the
 * business's policy).
 */
public record SetInvoiceReminders(@TargetAggregateIdentifier UUID invoiceId, UUID businessId, boolean paused,
                                  List<ReminderStep> steps) {
}
