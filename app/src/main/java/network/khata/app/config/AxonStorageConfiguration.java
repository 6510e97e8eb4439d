package network.khata.app.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.RevisionResolver;
import org.springframework.context.annotation.Primary;
import network.khata.api.identity.Actor;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import network.khata.app.processing.ProcessingNode;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import network.khata.app.web.ActorCommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;

/**
 * Axon's JDBC event store, token store and saga store on PostgreSQL, with the snake_case tables that Flyway creates
 * (db/migration/V20261124_01__axon_event_store.sql). Event handlers that fail are parked or retried, never skipped.
 */
@Configuration
public class AxonStorageConfiguration {

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index").timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier").aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number").typeColumn("type")
                .payloadTypeColumn("payload_type").payloadRevisionColumn("payload_revision")
                .payloadColumn("payload").metaDataColumn("meta_data")
                .build();
    }

    /** Axon's own JDBC storage engine as Spring Boot would build it, without the snapshot look-up on every load. */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connections, TransactionManager transactions, EventSchema schema) {
        return new EventStoreWithoutSnapshots(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema));
    }

    /**
     * The one serializer of every message (general, messages and events, application.yml): Axon's Jackson serializer,
     * which also reads a class stored under its name from before it moved package ({@link MovedTypesSerializer}).
     */
    @Bean
    @Primary
    Serializer serializer(ObjectMapper json, RevisionResolver revisions) {
        return MovedTypesSerializer.of(json, revisions, MovedTypesSerializer.class.getClassLoader());
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry").setProcessorNameColumn("processor_name").setSegmentColumn("segment")
                .setTokenColumn("token").setTokenTypeColumn("token_type").setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /** Axon's JDBC token store, with this instance's own name on its claims (see {@link ProcessingNode}). */
    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenSchema schema, ProcessingNode node,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder().connectionProvider(connections).schema(schema).serializer(serializer)
                .nodeId(node.id()).claimTimeout(claimTimeout).build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry").sagaIdColumn("saga_id").revisionColumn("revision")
                .sagaTypeColumn("saga_type").serializedSagaColumn("serialized_saga")
                .associationValueEntryTable("association_value_entry").associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build());
    }

    /**
     * Who did it, and the request's correlation id ({@code X-Correlation-ID}), travel from each command to the events
     * it causes, and on to the commands and events those cause (sagas, planning). This provider replaces Axon's
     * default {@code MessageOriginProvider}, whose correlation id would be the parent message's id instead.
     */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        List<String> keys = new ArrayList<>(Actor.METADATA_KEYS);
        keys.add(ActorCommandGateway.CORRELATION_ID);
        return new SimpleCorrelationDataProvider(keys.toArray(String[]::new));
    }

    /**
     * A handler that throws is never logged and skipped: its exception reaches the dead-letter queue, which parks the
     * event (network.khata.app.processing.DeadLetterConfiguration); without a queue, the processor tries it again.
     */
    @Bean
    ConfigurerModule retryFailedEvents() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
