package network.khata.api.customers;

import network.khata.api.sequencing.CustomerEvent;

import network.khata.api.messaging.Channel;

import java.util.Set;
import java.util.UUID;

public record NotificationPreferencesChanged(UUID customerId, boolean notificationsEnabled, Set<Channel> preferredChannels,
                                             String preferredLanguage) implements CustomerEvent {
    /** As {@code customer_network_profile.preferred_channels} and the planner store it: "sms,email", "sms", "email". */
    public String channelsCode() {
        return preferredChannels.stream().sorted().map(Channel::code).collect(java.util.stream.Collectors.joining(","));
    }
}
