package network.khata.app.operations;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Health {@code searchEngine}, only when Elasticsearch is the engine (Spring Boot's own Elasticsearch check is off, as
 * the client exists even when PostgreSQL serves search): UP while the cluster is green or yellow.
 */
@Component("searchEngine")
@ConditionalOnProperty(name = "khata.search.engine", havingValue = "elasticsearch")
public class SearchEngineHealth extends AbstractHealthIndicator {
    private final ElasticsearchClient client;

    public SearchEngineHealth(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) throws Exception {
        HealthStatus status = client.cluster().health().status();
        health.withDetail("cluster", status.jsonValue());
        if (status == HealthStatus.Red) {
            health.down();
        } else {
            health.up();
        }
    }
}
