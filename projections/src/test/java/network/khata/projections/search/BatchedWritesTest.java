package network.khata.projections.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchedWritesTest {
    private final List<List<String>> sent = new ArrayList<>();
    private final BatchedWrites<String> writes = new BatchedWrites<>(this::send);

    private void send(Collection<String> values) {
        if (values.contains("unwritable")) {
            throw new IllegalStateException("the store refuses unwritable");
        }
        sent.add(List.copyOf(values));
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationUtils.triggerAfterCompletion(0);
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private static void begin() {
        TransactionSynchronizationManager.initSynchronization();
    }

    private static void commit() {
        TransactionSynchronizationUtils.triggerBeforeCommit(false);
    }

    @Test
    void aTransactionsWritesAreHeldReadableAndSentTogetherAsItCommits() {
        UUID first = UUID.randomUUID();
        begin();
        writes.put(first, "a");
        writes.put(UUID.randomUUID(), "b");
        writes.put(first, "a again");
        assertThat(sent).isEmpty();
        assertThat(writes.pending(first)).contains("a again");
        commit();
        assertThat(sent).containsExactly(List.of("a again", "b"));
    }

    @Test
    void afterABatchFailedToBeSentWritesGoOneByOneSoTheEventThatCannotBeWrittenFailsInItsOwnHandler() {
        begin();
        writes.put(UUID.randomUUID(), "good");
        writes.put(UUID.randomUUID(), "unwritable");
        assertThatThrownBy(BatchedWritesTest::commit).hasMessageContaining("unwritable");
        endTransaction();
        assertThat(sent).isEmpty();

        begin();   // the processor tries the batch again
        writes.put(UUID.randomUUID(), "good");
        assertThat(sent).containsExactly(List.of("good"));
        assertThatThrownBy(() -> writes.put(UUID.randomUUID(), "unwritable")).hasMessageContaining("unwritable");
    }

    @Test
    void outsideATransactionAWriteIsSentAtOnce() {
        writes.put(UUID.randomUUID(), "alone");
        assertThat(sent).containsExactly(List.of("alone"));
    }
}
