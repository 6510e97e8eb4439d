package network.khata.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import network.khata.testsupport.TestElasticsearch;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;

import java.io.IOException;
import java.util.UUID;

class ElasticsearchCustomerIndexTest extends CustomerSearchIndexContract {
    private static final String INDEX_NAME = "customers-test-" + UUID.randomUUID();
    private static final RestClient REST = RestClient.builder(HttpHost.create(TestElasticsearch.url())).build();
    private static final ElasticsearchClient CLIENT = new ElasticsearchClient(new RestClientTransport(REST, new JacksonJsonpMapper()));
    private static final ElasticsearchCustomerIndex INDEX = new ElasticsearchCustomerIndex(CLIENT, INDEX_NAME);

    @AfterAll
    static void dropIndex() throws IOException {
        CLIENT.indices().delete(d -> d.index(INDEX_NAME));
        REST.close();
    }

    @Override
    protected CustomerSearchIndex index() {
        return INDEX;
    }

    @Override
    protected void afterWrites() {
        try {
            CLIENT.indices().refresh(r -> r.index(INDEX_NAME));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
