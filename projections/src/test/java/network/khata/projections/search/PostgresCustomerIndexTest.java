package network.khata.projections.search;

import network.khata.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class PostgresCustomerIndexTest extends CustomerSearchIndexContract {
    static final SingleConnectionDataSource DATA_SOURCE =
            new SingleConnectionDataSource(TestPostgres.jdbcUrl(), TestPostgres.user(), "", true);
    static final PostgresCustomerIndex INDEX;

    static {
        Flyway.configure().dataSource(DATA_SOURCE).load().migrate();
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
