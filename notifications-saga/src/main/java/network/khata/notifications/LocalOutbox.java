package network.khata.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** What the local provider adapters share: log each message, keep the last thousand, answer with a local id. */
public abstract class LocalOutbox<M> {
    private static final Logger log = LoggerFactory.getLogger(LocalOutbox.class);
    private static final int KEPT = 1000;

    private final String kind;
    private final Function<M, String> recipient;
    private final Function<M, String> summary;
    private final Deque<M> messages = new ArrayDeque<>();

    protected LocalOutbox(String kind, Function<M, String> recipient, Function<M, String> summary) {
        this.kind = kind;
        this.recipient = recipient;
        this.summary = summary;
    }

    public synchronized String send(M message) {
        log.info("{} to {} ({})", kind, recipient.apply(message), summary.apply(message));
        messages.addLast(message);
        if (messages.size() > KEPT) {
            messages.removeFirst();
        }
        return "local-" + UUID.randomUUID();
    }

    public synchronized List<M> sentTo(String address) {
        return messages.stream().filter(message -> recipient.apply(message).equals(address)).toList();
    }

    public synchronized Optional<M> lastTo(String address) {
        List<M> sent = sentTo(address);
        return sent.isEmpty() ? Optional.empty() : Optional.of(sent.get(sent.size() - 1));
    }
}
