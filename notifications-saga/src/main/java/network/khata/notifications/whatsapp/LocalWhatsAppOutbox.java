package network.khata.notifications.whatsapp;

import network.khata.notifications.LocalOutbox;

/** The default WhatsApp adapter for local runs and tests: sends nothing, logs each message and keeps the last ones. */
public class LocalWhatsAppOutbox extends LocalOutbox<WhatsAppMessage> implements WhatsAppSender {
    public LocalWhatsAppOutbox() {
        super("WhatsApp", WhatsAppMessage::to, message -> message.template() + ": " + message.text());
    }
}
