package network.khata.api.messaging;

import java.util.Locale;

/**
 * Where a message stands. It only moves forward: pending, then sent, delivered, opened; or failed, bounced or
 * suppressed (never sent: opted out, frequency cap, no address).
 */
public enum NotificationStatus {
    PENDING, SENT, DELIVERED, OPENED, FAILED, BOUNCED, SUPPRESSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return this == FAILED || this == BOUNCED || this == SUPPRESSED || this == OPENED;
    }
}
