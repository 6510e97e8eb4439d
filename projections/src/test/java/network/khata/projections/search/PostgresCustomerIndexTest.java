package network.khata.projections.search;

import network.khata.testsupport.TestPostgres;
import network.khata.testsupport.TestMigrations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class PostgresCustomerIndexTest extends CustomerSearchIndexContract {
    static final SingleConnectionDataSource DATA_SOURCE =
            new SingleConnectionDataSource(TestPostgres.jdbcUrl(), TestPostgres.user(), "", true);
    static final PostgresCustomerIndex INDEX;

    static {
        TestMigrations.migrate(DATA_SOURCE);
        INDEX = new PostgresCustomerIndex(new NamedParameterJdbcTemplate(DATA_SOURCE));
    }

    @Override
    protected CustomerSearchIndex index() {
        return INDEX;
    }

    @Override
    protected void afterWrites() {
    }
}
