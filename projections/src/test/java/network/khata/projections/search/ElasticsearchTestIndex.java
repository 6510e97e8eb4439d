package network.khata.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import network.khata.testsupport.TestElasticsearch;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * An index of its own on the test Elasticsearch for this test run, shared by the engine's test classes (each works in
 * businesses of its own): refreshed on demand, dropped when the run ends.
 */
final class ElasticsearchTestIndex {
    static final ElasticsearchTestIndex SHARED = new ElasticsearchTestIndex();

    private final String name = "customers-test-" + UUID.randomUUID();
    private final RestClient rest = RestClient.builder(HttpHost.create(TestElasticsearch.url())).build();
    private final ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    final ElasticsearchCustomerIndex index = new ElasticsearchCustomerIndex(client, name);

    private ElasticsearchTestIndex() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::drop));
    }

    void refresh() {
        try {
            client.indices().refresh(r -> r.index(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drop() {
        try {
            client.indices().delete(d -> d.index(name));
            rest.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
