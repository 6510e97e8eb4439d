package network.khata.api.customers;

import network.khata.api.messaging.Channel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;
import java.util.UUID;

/** The customer's own choice, for every business that bills them: notifications on or off, channels, language. */
public record UpdateNotificationPreferences(@TargetAggregateIdentifier UUID customerId, boolean notificationsEnabled,
                                            Set<Channel> preferredChannels, String preferredLanguage) {
}
