package network.khata.api.reminders;

import network.khata.api.messaging.MessageTemplate;

/**
 * One automatic reminder: {@code day} days after the invoice's due date (negative: before it; 0: on it), with the
 * message template to send ({@code reminder}, {@code urgent}).
 */
public record ReminderStep(int day, MessageTemplate template) {
    /** What the message of this step of an invoice is called: its notification id derives from it. */
    public String key() {
        return "reminder/" + day;
    }
}
