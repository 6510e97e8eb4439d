package network.khata.notifications.whatsapp;

/** The WhatsApp provider port. Implementations: the local outbox (default) and the WhatsApp Business Cloud API. */
public interface WhatsAppSender {
    /** @return the provider's id for the message ({@code wamid…}); @throws network.khata.notifications.DeliveryException when not taken */
    String send(WhatsAppMessage message);
}
