package network.khata.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.util.UUID;

/** Spring test contexts on this JVM's fresh databases: the PostgreSQL search engine, or Elasticsearch. */
public final class KhataTestEnvironment {
    private KhataTestEnvironment() {
    }

    /** The embedded-default shape: search in PostgreSQL. */
    public static class Postgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "spring.datasource.url=" + TestPostgres.jdbcUrl("postgres-engine"),
                    "khata.db.migration.user=" + TestPostgres.user(),
                    "khata.search.engine=postgres");
        }
    }

    /** A database of its own for this one context, for tests that configure the service differently (providers). */
    public static class Isolated implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "spring.datasource.url=" + TestPostgres.jdbcUrl("isolated-" + UUID.randomUUID()),
                    "khata.db.migration.user=" + TestPostgres.user(),
                    "khata.search.engine=postgres");
        }
    }

    /** The production shape: search in a real Elasticsearch, on an index of its own. */
    public static class Elasticsearch implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "spring.datasource.url=" + TestPostgres.jdbcUrl("elasticsearch-engine"),
                    "khata.db.migration.user=" + TestPostgres.user(),
                    "spring.elasticsearch.uris=" + TestElasticsearch.url(),
                    "khata.search.engine=elasticsearch",
                    "khata.search.elasticsearch.index=customers-test-" + UUID.randomUUID());
        }
    }
}
