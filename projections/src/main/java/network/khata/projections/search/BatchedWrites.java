package network.khata.projections.search;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Writes held until the transaction they belong to is about to commit and then sent together (a processor's batch
 * becomes one bulk request or one statement per table, not several per event). A failed send fails the commit, so the
 * batch and its tracking token roll back and are retried; for {@link #ONE_BY_ONE_FOR} after that, writes are sent at
 * once, so the event that cannot be written fails in its own handler and the dead-letter queue parks it alone instead
 * of the batch failing again and again. Outside a transaction a write is sent at once.
 */
final class BatchedWrites<T> {
    static final Duration ONE_BY_ONE_FOR = Duration.ofMinutes(1);

    private final Consumer<Collection<T>> send;
    private final Object key = new Object();
    private volatile Instant oneByOneUntil = Instant.MIN;

    BatchedWrites(Consumer<Collection<T>> send) {
        this.send = send;
    }

    void put(UUID id, T value) {
        boolean holding = TransactionSynchronizationManager.isSynchronizationActive()
                && (bound() != null || !Instant.now().isBefore(oneByOneUntil));   // a transaction keeps its way
        if (holding) {
            pendingInThisTransaction().put(id, value);
        } else {
            send.accept(List.of(value));
        }
    }

    private void sendHeld(Map<UUID, T> held) {
        try {
            send.accept(List.copyOf(held.values()));
        } catch (RuntimeException e) {
            oneByOneUntil = Instant.now().plus(ONE_BY_ONE_FOR);
            throw e;
        } finally {
            held.clear();
        }
    }

    /** Everything this transaction wrote and has not sent yet. */
    Collection<T> pending() {
        Map<UUID, T> pending = bound();
        return pending == null ? List.of() : List.copyOf(pending.values());
    }

    /** What this transaction wrote for {@code id} and has not sent yet: read your own writes. */
    Optional<T> pending(UUID id) {
        Map<UUID, T> pending = bound();
        return pending == null ? Optional.empty() : Optional.ofNullable(pending.get(id));
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, T> bound() {
        return (Map<UUID, T>) TransactionSynchronizationManager.getResource(key);
    }

    private Map<UUID, T> pendingInThisTransaction() {
        Map<UUID, T> pending = bound();
        if (pending == null) {
            Map<UUID, T> created = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(key, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    if (!created.isEmpty()) {
                        sendHeld(created);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            pending = created;
        }
        return pending;
    }
}
