package network.khata.app.processing;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.annotation.Nonnull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets one failing event handler fail alone inside a processor's batch. A processor handles a batch of events in one
 * PostgreSQL transaction, and a statement that fails aborts that whole transaction: the dead letter that should record
 * the failure, and the neighbours' writes, would go with it. So a handler of a processing group that has failed
 * lately runs inside a savepoint: when it throws, its own writes alone are undone, the dead-letter queue parks the
 * event, and the batch commits the rest.
 * <p>
 * A savepoint costs two round trips per event, so a group runs without them until one of its handlers fails: that
 * failure marks the batch's transaction for rollback (nothing of the failed handler is kept), the processor tries the
 * batch again, and for the next {@link #CAREFUL_FOR} the group's handlers run in savepoints. Aggregates and sagas
 * (no {@link ProcessingGroup} on the class) are left as they are.
 */
public class SavepointPerEventHandler implements HandlerEnhancerDefinition {
    static final Duration CAREFUL_FOR = Duration.ofMinutes(1);
    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactions;
    private final Clock clock;
    private final Map<Class<?>, Instant> carefulUntil = new ConcurrentHashMap<>();

    public SavepointPerEventHandler(PlatformTransactionManager transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public @Nonnull <T> MessageHandlingMember<T> wrapHandler(@Nonnull MessageHandlingMember<T> original) {
        boolean projectionHandler = original.canHandleMessageType(EventMessage.class)
                && original.declaringClass().isAnnotationPresent(ProcessingGroup.class);
        return projectionHandler ? new Savepointed<>(original) : original;
    }

    private boolean careful(Class<?> group) {
        Instant until = carefulUntil.get(group);
        return until != null && until.isAfter(clock.instant());
    }

    private final class Savepointed<T> extends WrappedMessageHandlingMember<T> {
        private final Class<?> group;

        Savepointed(MessageHandlingMember<T> delegate) {
            super(delegate);
            this.group = delegate.declaringClass();
        }

        @Override
        public Object handle(@Nonnull Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            return careful(group) ? inSavepoint(message, target) : optimistically(message, target);
        }

        private Object optimistically(Message<?> message, T target) throws Exception {
            try {
                return super.handle(message, target);
            } catch (Exception | Error e) {
                carefulUntil.put(group, clock.instant().plus(CAREFUL_FOR));
                markBatchForRollback();
                throw e;
            }
        }

        private Object inSavepoint(Message<?> message, T target) throws Exception {
            TransactionStatus savepoint = transactions.getTransaction(NESTED);
            Object result;
            try {
                result = super.handle(message, target);
            } catch (Exception | Error e) {
                transactions.rollback(savepoint);
                carefulUntil.put(group, clock.instant().plus(CAREFUL_FOR));
                throw e;
            }
            transactions.commit(savepoint);
            return result;
        }
    }

    private void markBatchForRollback() {
        if (transactions instanceof DataSourceTransactionManager jdbc
                && TransactionSynchronizationManager.getResource(jdbc.getDataSource()) instanceof ConnectionHolder holder) {
            holder.setRollbackOnly();
        }
    }
}
