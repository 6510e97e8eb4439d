package network.khata.notifications.delivery;

import network.khata.api.messaging.Channel;

import java.util.UUID;
import java.util.function.Supplier;
import network.khata.notifications.DeliveryException;

/**
 * Makes a provider call at most once per message attempt, across crashes: the outcome of a call is kept apart from the
 * delivery batch that asked for it, so a batch replayed after a crash finds the outcome instead of calling again. A
 * call that was in flight when the process died has no outcome and is made again: at most one repeat per such call.
 */
public interface ProviderCallLedger {
    /**
     * @param providerCall hands the message to the provider; returns its message id or throws {@link DeliveryException}
     * @return the provider's message id, this call's or the one recorded earlier; @throws DeliveryException likewise
     */
    String call(UUID messageId, int attempt, Channel channel, Supplier<String> providerCall);

    /** No ledger: every call is made (fixtures and tests that build the couriers by hand). */
    static ProviderCallLedger none() {
        return (messageId, attempt, channel, providerCall) -> providerCall.get();
    }
}
