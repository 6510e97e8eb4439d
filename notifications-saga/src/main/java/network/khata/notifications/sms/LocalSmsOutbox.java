package network.khata.notifications.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The default SMS adapter for local runs and tests: sends nothing, logs each message and keeps the last ones so a
 * developer (or a test) can read the code a customer would have received.
 */
public class LocalSmsOutbox implements SmsSender {
    private static final Logger log = LoggerFactory.getLogger(LocalSmsOutbox.class);
    private static final int KEPT = 1000;

    private final Deque<SmsMessage> messages = new ArrayDeque<>();

    @Override
    public synchronized void send(SmsMessage message) {
        log.info("SMS ({}) to {}: {}", message.purpose(), message.to(), message.text());
        messages.addLast(message);
        if (messages.size() > KEPT) {
            messages.removeFirst();
        }
    }

    public synchronized List<SmsMessage> sentTo(String phone) {
        return messages.stream().filter(message -> message.to().equals(phone)).toList();
    }

    public synchronized Optional<SmsMessage> lastTo(String phone) {
        List<SmsMessage> sent = sentTo(phone);
        return sent.isEmpty() ? Optional.empty() : Optional.of(sent.get(sent.size() - 1));
    }
}
