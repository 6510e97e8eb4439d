package network.khata.notifications.email;

import network.khata.notifications.DeliveryException;

/** The email provider port. Implementations: the local outbox (default) and SendGrid. */
public interface EmailSender {
    /** @return the provider's id for the message; @throws DeliveryException when the provider did not take it */
    String send(EmailMessage message);
}
