package network.khata.api.messaging;

import java.util.Locale;

/** What a message is for (spec table 22's notification_type). */
public enum NotificationType {
    INVOICE_CREATED, PAYMENT_REMINDER, RECEIPT_SENT, WELCOME, OTP,
    /** to a business's owners, about their customers (a dispute, a "not me"): of no business's messages to customers */
    OWNER_ALERT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
