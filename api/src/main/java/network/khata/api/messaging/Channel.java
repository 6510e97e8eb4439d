package network.khata.api.messaging;

import network.khata.api.identity.NetworkIds;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

public enum Channel {
    SMS, EMAIL, WHATSAPP;

    /** SMS and WhatsApp both reach the customer's phone: a send takes one of them, the other is its fallback. */
    public boolean reachesPhone() {
        return this != EMAIL;
    }

    /** The message that carries a notification over this channel: planning sends it, the send answer names it. */
    public UUID messageIdOf(UUID notificationId) {
        return NetworkIds.messageId(notificationId, code());
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> fromCode(String code) {
        return Arrays.stream(values()).filter(channel -> channel.code().equals(code)).findFirst();
    }
}
