package network.khata.app.processing;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.annotation.Nonnull;

/**
 * Runs each event handler of a processing group inside a savepoint of the batch's transaction. A processor handles a
 * batch of events in one PostgreSQL transaction; a statement that fails aborts that whole transaction, so without a
 * savepoint one bad event would roll back its neighbours and the dead letter that records it. With one, the failed
 * handler's writes alone are undone, the event is parked by the dead-letter queue, and the batch commits the rest.
 * Aggregates and sagas (no {@link ProcessingGroup} on the class) are left as they are.
 */
public class SavepointPerEventHandler implements HandlerEnhancerDefinition {
    private final PlatformTransactionManager transactions;

    public SavepointPerEventHandler(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public @Nonnull <T> MessageHandlingMember<T> wrapHandler(@Nonnull MessageHandlingMember<T> original) {
        boolean projectionHandler = original.canHandleMessageType(EventMessage.class)
                && original.declaringClass().isAnnotationPresent(ProcessingGroup.class);
        return projectionHandler ? new Savepointed<>(original) : original;
    }

    private final class Savepointed<T> extends WrappedMessageHandlingMember<T> {
        Savepointed(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(@Nonnull Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            TransactionStatus savepoint = transactions.getTransaction(NESTED);
            Object result;
            try {
                result = super.handle(message, target);
            } catch (Exception | Error e) {
                transactions.rollback(savepoint);
                throw e;
            }
            transactions.commit(savepoint);
            return result;
        }
    }

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);
}
