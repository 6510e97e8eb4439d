package network.khata.notifications.delivery;

import network.khata.notifications.sms.LocalSmsOutbox;
import network.khata.notifications.sms.SmsMessage;

import java.util.ArrayDeque;
import java.util.Deque;
import network.khata.notifications.DeliveryException;

/** An SMS provider stand-in that fails as scripted before it takes messages (into a local outbox). */
class ScriptedSmsSender extends LocalSmsOutbox {
    private final Deque<DeliveryException> failures = new ArrayDeque<>();

    ScriptedSmsSender failTransiently(int times) {
        for (int i = 0; i < times; i++) {
            failures.add(DeliveryException.transientFailure("503 from provider"));
        }
        return this;
    }

    ScriptedSmsSender refuse() {
        failures.add(DeliveryException.permanentFailure("400 invalid number"));
        return this;
    }

    @Override
    public synchronized String send(SmsMessage message) {
        DeliveryException failure = failures.poll();
        if (failure != null) {
            throw failure;
        }
        super.send(message);
        return "sms-1";
    }
}
