package network.khata.api.reminders;

import network.khata.api.messaging.Channel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The owner sets the business's reminder policy; null steps or channels take the defaults. */
public record SetReminderPolicy(@TargetAggregateIdentifier UUID businessId, boolean enabled, List<ReminderStep> steps,
                                Set<Channel> channels, boolean fromIssueDate) {
}
