package network.khata.app.load;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.zaxxer.hikari.HikariDataSource;
import network.khata.api.customers.CustomerRegistered;
import network.khata.api.customers.ProfileType;
import network.khata.api.identity.NetworkIds;
import network.khata.projections.search.CustomerSearchProjection;
import network.khata.projections.search.ElasticsearchCustomerIndex;
import network.khata.projections.search.PostgresCustomerIndex;
import network.khata.testsupport.names.IndianNameCorpus;
import org.apache.http.HttpHost;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.elasticsearch.client.RestClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Loads the search benchmark's customers ({@link SearchBenchCorpus}) into both engines, not a test: each customer
 * becomes a {@link CustomerRegistered} event handed to the customer-search projection's own event handlers (one
 * projection per engine) through Axon's annotation adapter, in transactions of {@value #BATCH} events as a processor's
 * batch would be. The fast path skips the command side and the event store, not the projection code. Against the
 * database and Elasticsearch of this machine only.
 */
public final class SearchBenchLoad {
    private static final int BATCH = 1000;
    private static final int THREADS = 2;

    private SearchBenchLoad() {
    }

    public static void main(String[] args) throws Exception {
        String databaseUrl = args[0];
        String elasticsearchUrl = args[1];
        String index = args[2];
        SearchBenchCorpus corpus = SearchBenchCorpus.of(Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
        try (HikariDataSource dataSource = new HikariDataSource();
             RestClient rest = RestClient.builder(HttpHost.create(elasticsearchUrl)).build()) {
            dataSource.setJdbcUrl(databaseUrl);
            dataSource.setUsername("postgres");
            dataSource.setMaximumPoolSize(THREADS);
            NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
            JdbcTemplate plain = jdbc.getJdbcTemplate();
            ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
            List<AnnotationEventHandlerAdapter> projections = List.of(
                    new AnnotationEventHandlerAdapter(new CustomerSearchProjection(new PostgresCustomerIndex(jdbc), plain)),
                    new AnnotationEventHandlerAdapter(new CustomerSearchProjection(new ElasticsearchCustomerIndex(client, index), plain)));
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            load(corpus, projections, transaction);
            client.indices().refresh(r -> r.index(index));
        }
        System.exit(0);
    }

    private static void load(SearchBenchCorpus corpus, List<AnnotationEventHandlerAdapter> projections,
                             TransactionTemplate transaction) throws Exception {
        int total = corpus.customers().size();
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        List<Future<Object>> done = IntStream.range(0, THREADS).mapToObj(worker -> workers.submit(() -> {
            for (int from = next.getAndAdd(BATCH); from < total; from = next.getAndAdd(BATCH)) {
                int to = Math.min(total, from + BATCH);
                int first = from;
                transaction.executeWithoutResult(status -> {
                    for (int i = first; i < to; i++) {
                        EventMessage<?> event = GenericEventMessage.asEventMessage(registered(corpus, i));
                        projections.forEach(projection -> handle(projection, event));
                    }
                });
                if (to % 50_000 < BATCH) {
                    System.out.printf("%d of %d customers loaded, %.0f/s%n", to, total, to / ((System.nanoTime() - started) / 1e9));
                }
            }
            return null;
        })).toList();
        try {
            for (Future<Object> worker : done) {
                worker.get();
            }
        } finally {
            workers.shutdownNow();
        }
        System.out.printf("%d customers loaded into both engines in %.0f s%n", total, (System.nanoTime() - started) / 1e9);
    }

    private static CustomerRegistered registered(SearchBenchCorpus corpus, int index) {
        IndianNameCorpus.Customer customer = corpus.customers().get(index);
        var business = corpus.businessOf(index);
        var customerId = NetworkIds.customerId(customer.phone());
        return new CustomerRegistered(NetworkIds.partyId(business, customerId), business, customerId, customer.name(),
                customer.phone(), customer.email(), ProfileType.INDIVIDUAL, false);
    }

    private static void handle(AnnotationEventHandlerAdapter projection, EventMessage<?> event) {
        try {
            projection.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
