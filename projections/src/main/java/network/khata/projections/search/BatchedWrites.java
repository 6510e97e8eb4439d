package network.khata.projections.search;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Writes to a store outside the database, held until the transaction they belong to is about to commit and then sent
 * together (a processor's batch becomes one bulk request, not one request per event). A failed send fails the commit,
 * so the batch and its tracking token roll back and are retried. Outside a transaction a write is sent at once.
 */
final class BatchedWrites<T> {
    private final Consumer<Collection<T>> send;
    private final Object key = new Object();

    BatchedWrites(Consumer<Collection<T>> send) {
        this.send = send;
    }

    void put(UUID id, T value) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send.accept(List.of(value));
            return;
        }
        pendingInThisTransaction().put(id, value);
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
                        send.accept(List.copyOf(created.values()));
                        created.clear();
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
