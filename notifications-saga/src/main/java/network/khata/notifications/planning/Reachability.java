package network.khata.notifications.planning;

import network.khata.api.messaging.Channel;
import network.khata.notifications.planning.ContactBook.Preferences;

/** Whether a channel can reach a customer: the one rule the planner plans by and the send's answer previews. */
final class Reachability {
    private Reachability() {
    }

    /** Why a channel cannot reach the customer at this address, or null when it can. */
    static String whyNot(Channel channel, String address, Preferences preferences) {
        if (!preferences.notificationsEnabled()) {
            return "notifications_disabled";
        }
        if (!preferences.allows(channel.code())) {
            return "channel_not_preferred";
        }
        return address == null ? "no_" + channel.code() + "_address" : null;
    }
}
