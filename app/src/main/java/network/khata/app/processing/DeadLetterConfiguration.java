package network.khata.app.processing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/**
 * Every processing group with {@code dlq.enabled} parks a failing event in {@code dead_letter_entry} (Axon's
 * JDBC sequenced dead-letter queue, table made by Flyway) instead of retrying it forever: the events after it in its
 * sequence wait behind it, everything else flows on. Each letter counts its retries in its diagnostics, which
 * {@link DeadLetterRetries} reads for its backoff, and each parking is logged with its cause.
 */
@Configuration
public class DeadLetterConfiguration {
    public static final String RETRIES = "retries";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterConfiguration.class);

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry").deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group").sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index").messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier").timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type").payloadRevisionColumn("payload_revision").payloadColumn("payload")
                .metaDataColumn("meta_data").aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier").sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type").tokenColumn("token").enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched").processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type").causeMessageColumn("cause_message").diagnosticsColumn("diagnostics")
                .build();
    }

    /** Park every failure (first time and on each retry), with its cause cut to the column's size and a retry count. */
    @Bean
    ConfigurerModule deadLetterPolicy() {
        EnqueuePolicy<EventMessage<?>> policy = (letter, cause) -> {
            int retries = letter.diagnostics().containsKey(RETRIES) ? retriesOf(letter.diagnostics()) + 1 : 0;
            log.warn("dead letter: event {} ({}) parked, retries so far {}: {}", letter.message().getIdentifier(),
                    letter.message().getPayloadType().getSimpleName(), retries, cause.toString());
            return Decisions.enqueue(ThrowableCause.truncated(cause), dead -> dead.diagnostics().and(RETRIES, retries));
        };
        return configurer -> configurer.eventProcessing().registerDefaultDeadLetterPolicy(config -> policy);
    }

    @Bean
    static SavepointPerEventHandler savepointPerEventHandler(PlatformTransactionManager transactions, Clock clock) {
        return new SavepointPerEventHandler(transactions, clock);
    }

    public static int retriesOf(MetaData diagnostics) {
        Object retries = diagnostics.get(RETRIES);
        return retries instanceof Number number ? number.intValue() : 0;
    }
}
