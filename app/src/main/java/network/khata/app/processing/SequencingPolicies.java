package network.khata.app.processing;

import network.khata.api.sequencing.BusinessEvent;
import network.khata.api.sequencing.CustomerEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.Function;

/**
 * How the processing groups split the log into segments (named by {@code axon.eventhandling.processors.*.sequencing-policy}).
 * Events with the same sequence id are handled in order on one segment; different ids run in parallel, on this
 * instance or another. A group whose rows are kept per customer sequences by customer, one whose rows hang off the
 * business by business; events that name neither fall back to their aggregate, like Axon's default.
 */
@Configuration
public class SequencingPolicies {

    @Bean
    SequencingPolicy<EventMessage<?>> perCustomer() {
        return by(payload -> payload instanceof CustomerEvent event ? event.customerId() : null);
    }

    @Bean
    SequencingPolicy<EventMessage<?>> perBusiness() {
        return by(payload -> payload instanceof BusinessEvent event ? event.businessId() : null);
    }

    private static SequencingPolicy<EventMessage<?>> by(Function<Object, Object> key) {
        return event -> {
            Object id = key.apply(event.getPayload());
            return id != null ? id : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
        };
    }
}
