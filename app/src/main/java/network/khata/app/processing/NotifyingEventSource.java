package network.khata.app.processing;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The event store as the pooled processors read it ({@code source: notifyingEventSource}), with one thing added: it
 * tells them when new events can be read. Axon's embedded event store cannot, so a pooled processor with nothing to do
 * would look again only every 500 ms, and every read model would lag by up to that much while idle. One watcher
 * thread tails the log here (it shares the store's in-memory cache of new events with the processors, so it costs no
 * extra reads) and, as soon as events arrive, wakes every processor that waits.
 */
@Component
public class NotifyingEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, SmartLifecycle {
    private final EventStore store;
    private final Set<Runnable> waiting = ConcurrentHashMap.newKeySet();
    private volatile Thread watcher;

    public NotifyingEventSource(EventStore store) {
        this.store = store;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new Notified(store.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant at) {
        return store.createTokenAt(at);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    @Override
    public void start() {
        watcher = new Thread(this::watch, "event-availability-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    public void stop() {
        Thread running = watcher;
        watcher = null;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }

    /** Started before the processors (which start in Axon's lifecycle phases), stopped after them. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    private void watch() {
        while (watcher != null) {
            try (BlockingStream<TrackedEventMessage<?>> log = store.openStream(store.createHeadToken())) {
                while (watcher != null) {
                    if (log.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        while (log.hasNextAvailable()) {
                            log.nextAvailable();
                        }
                        waiting.forEach(Runnable::run);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                sleepQuietly(); // the database is away: look again in a moment
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A processor's stream that can be told when events are available. */
    private final class Notified implements BlockingStream<TrackedEventMessage<?>> {
        private final BlockingStream<TrackedEventMessage<?>> stream;
        private Runnable callback;

        Notified(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignored) {
            stream.skipMessagesWithPayloadTypeOf(ignored);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            waiting.add(callback);
            return true;
        }

        @Override
        public void close() {
            if (callback != null) {
                waiting.remove(callback);
            }
            stream.close();
        }
    }
}
