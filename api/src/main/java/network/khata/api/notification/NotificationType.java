package network.khata.api.notification;

import java.util.Locale;

/** What a message is for (spec table 22's notification_type). */
public enum NotificationType {
    INVOICE_CREATED, PAYMENT_REMINDER, RECEIPT_SENT, WELCOME, OTP;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
