package network.khata.notifications.delivery;

import network.khata.notifications.DeliveryException;

/**
 * What a message carries is not in the read models yet: its invoice PDF is rendered from the invoices read model, which
 * a message sent right after the invoice was created can overtake. No provider was called, so it is not a failed
 * attempt: the delivery saga looks again shortly ({@link RetryPolicy#contentWait()}) instead of backing off as from a
 * provider's outage.
 */
public class ContentNotReady extends DeliveryException {
    public ContentNotReady(String reason) {
        super(reason, false, null);
    }
}
