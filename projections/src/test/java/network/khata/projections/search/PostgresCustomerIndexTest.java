package network.khata.projections.search;

import network.khata.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class PostgresCustomerIndexTest extends CustomerSearchIndexContract {
    private static final PostgresCustomerIndex INDEX;

    static {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestPostgres.jdbcUrl(), TestPostgres.user(), "");
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
