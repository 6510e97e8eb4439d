package network.khata.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** {@code khata.search.engine}: {@code postgres} (default, works with the embedded database) or {@code elasticsearch}. */
@Configuration
public class SearchEngineConfiguration {

    @Bean
    @ConditionalOnProperty(name = "khata.search.engine", havingValue = "postgres", matchIfMissing = true)
    CustomerSearchIndex postgresCustomerIndex(NamedParameterJdbcTemplate jdbc) {
        return new PostgresCustomerIndex(jdbc);
    }

    @Bean
    @ConditionalOnProperty(name = "khata.search.engine", havingValue = "elasticsearch")
    CustomerSearchIndex elasticsearchCustomerIndex(ElasticsearchClient client,
                                                   @Value("${khata.search.elasticsearch.index:customers-v3}") String index) {
        return new ElasticsearchCustomerIndex(client, index);
    }
}
