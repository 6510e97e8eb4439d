package network.khata.notifications.sms;

import network.khata.notifications.DeliveryException;

/** The SMS provider port. Implementations: the local outbox (default) and MSG91. */
public interface SmsSender {
    /** @return the provider's id for the message; @throws DeliveryException when the provider did not take it */
    String send(SmsMessage message);
}
