package network.khata.notifications.email;

import network.khata.notifications.LocalOutbox;

/** The default email adapter for local runs and tests: sends nothing, logs and keeps each message. */
public class LocalEmailOutbox extends LocalOutbox<EmailMessage> implements EmailSender {
    public LocalEmailOutbox() {
        super("email", EmailMessage::to, message -> message.subject() + ", " + message.attachments().size() + " attachment(s)");
    }
}
