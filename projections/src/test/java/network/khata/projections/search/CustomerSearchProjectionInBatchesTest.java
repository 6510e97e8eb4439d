package network.khata.projections.search;

import network.khata.api.customers.CustomerRegistered;
import network.khata.api.customers.ProfileType;
import network.khata.api.identity.PhoneVerified;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search projection as a processor's batch drives it: the batch's registrations read their customers' network
 * status at once ({@link BatchNetworkStatus}), and each document still shows the status as of its own event, whatever
 * the batch changed before it, as it did one event at a time.
 */
class CustomerSearchProjectionInBatchesTest {
    private final JdbcTemplate jdbc = new JdbcTemplate(PostgresCustomerIndexTest.DATA_SOURCE);
    private final CustomerSearchProjection projection = new CustomerSearchProjection(PostgresCustomerIndexTest.INDEX, jdbc);
    private final TransactionTemplate transaction =
            new TransactionTemplate(new DataSourceTransactionManager(PostgresCustomerIndexTest.DATA_SOURCE));

    @Test
    void aRegistrationAfterTheCustomersVerificationInTheSameBatchShowsThemVerified() {
        UUID customer = UUID.randomUUID();
        UUID firstParty = UUID.randomUUID();
        UUID laterParty = UUID.randomUUID();
        UUID untouchedCustomer = UUID.randomUUID();
        UUID untouchedParty = UUID.randomUUID();
        inOneBatch(registered(firstParty, customer, "Meena"), new PhoneVerified(customer, "+919800000001", Instant.now()),
                registered(laterParty, customer, "Meena Devi"), registered(untouchedParty, untouchedCustomer, "Kiran"));

        assertThat(PostgresCustomerIndexTest.INDEX.find(firstParty).orElseThrow().phoneVerified())
                .as("registered before the verification, then refreshed by it").isTrue();
        assertThat(PostgresCustomerIndexTest.INDEX.find(laterParty).orElseThrow().phoneVerified())
                .as("registered after it in the same batch").isTrue();
        assertThat(PostgresCustomerIndexTest.INDEX.find(untouchedParty).orElseThrow().phoneVerified()).isFalse();
    }

    @Test
    void aBatchStartsFromWhatEarlierBatchesWrote() {
        UUID customer = UUID.randomUUID();
        UUID firstParty = UUID.randomUUID();
        UUID laterParty = UUID.randomUUID();
        inOneBatch(registered(firstParty, customer, "Arjun"), new PhoneVerified(customer, "+919800000002", Instant.now()));
        inOneBatch(registered(laterParty, customer, "Arjun Rao"));

        assertThat(PostgresCustomerIndexTest.INDEX.find(laterParty).orElseThrow().phoneVerified()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_search_parties WHERE customer_id = ?", Integer.class, customer))
                .isEqualTo(2);
    }

    private static CustomerRegistered registered(UUID party, UUID customer, String name) {
        return new CustomerRegistered(party, UUID.randomUUID(), customer, name, "+919800000001", null, ProfileType.INDIVIDUAL, false);
    }

    /** The events handled in one unit of work and one transaction, as a work package handles its batch. */
    private void inOneBatch(Object... events) {
        List<EventMessage<?>> messages = java.util.Arrays.stream(events).<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList();
        transaction.executeWithoutResult(status -> new BatchingUnitOfWork<>(messages).executeWithResult(() -> {
            EventMessage<?> message = (EventMessage<?>) CurrentUnitOfWork.get().getMessage();   // each in turn
            Object payload = message.getPayload();
            if (payload instanceof CustomerRegistered registered) {
                projection.on(registered, message.getTimestamp());
            } else if (payload instanceof PhoneVerified verified) {
                projection.on(verified);
            }
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE));
    }
}
