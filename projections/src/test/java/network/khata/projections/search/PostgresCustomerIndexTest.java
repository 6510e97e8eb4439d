package network.khata.projections.search;

import network.khata.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class PostgresCustomerIndexTest extends CustomerSearchIndexContract {
    static final PostgresCustomerIndex INDEX;

    static {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(TestPostgres.jdbcUrl(), TestPostgres.user(), "", true);
        Flyway.configure().dataSource(dataSource).load().migrate();
        INDEX = new PostgresCustomerIndex(new NamedParameterJdbcTemplate(dataSource));
    }

    @Override
    protected CustomerSearchIndex index() {
        return INDEX;
    }

    @Override
    protected void afterWrites() {
    }
}
