package network.khata.notifications.sms;

import network.khata.notifications.LocalOutbox;

/**
 * The default SMS adapter for local runs and tests: sends nothing, logs each message and keeps the last ones, so a
 * developer (or a test) can read the code a customer would have received.
 */
public class LocalSmsOutbox extends LocalOutbox<SmsMessage> implements SmsSender {
    public LocalSmsOutbox() {
        super("SMS", SmsMessage::to, message -> message.purpose() + ": " + message.text());
    }
}
