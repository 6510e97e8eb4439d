package network.khata.projections.analytics;

import network.khata.projections.analytics.AnalyticsRewrites.Span;
import network.khata.testsupport.TestPostgres;
import network.khata.testsupport.TestMigrations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyticsRewritesTest {
    private static JdbcTemplate jdbc;
    private static AnalyticsRewrites rewrites;
    private static AnalyticsRewrites cheapRewrites;
    private final UUID business = UUID.randomUUID();
    private final Instant today = Instant.now();

    @BeforeAll
    static void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestPostgres.jdbcUrl("analytics-rewrites"), TestPostgres.user(), "");
        TestMigrations.migrate(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        // every rewrite counts as costly here (the test's business is small): the second change within a second waits
        rewrites = new AnalyticsRewrites(jdbc, new EngagementMetrics(jdbc), transactions, Duration.ZERO);
        // and here none does: with the real 50 ms, a cold first rewrite on a busy CI machine counted as costly
        cheapRewrites = new AnalyticsRewrites(jdbc, new EngagementMetrics(jdbc), transactions, Duration.ofDays(1));
    }

    private void businessRegistered() {
        jdbc.update("INSERT INTO analytics_businesses (business_id, time_zone, registered_at) VALUES (?, 'Asia/Kolkata', ?)",
                business, Timestamp.from(today));
    }

    private void customerRegistered() {
        jdbc.update("INSERT INTO analytics_customers (party_id, business_id, customer_id, registered_at) VALUES (?, ?, ?, ?)",
                UUID.randomUUID(), business, UUID.randomUUID(), Timestamp.from(today));
    }

    private Integer newCustomersToday() {
        return jdbc.queryForObject("SELECT sum(new_customers_count)::int FROM customer_engagement_metrics WHERE business_id = ?",
                Integer.class, business);
    }

    @Test
    void aBusinessChangedRightAfterARewriteIsMarkedStaleAndCaughtUpByTheStaleRewrite() {
        businessRegistered();
        customerRegistered();
        rewrites.changed(business, Span.at(today));
        assertThat(newCustomersToday()).isEqualTo(1);

        customerRegistered();
        rewrites.changed(business, Span.at(today));   // within a second of the last rewrite: only marked
        assertThat(newCustomersToday()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM analytics_stale WHERE business_id = ?", Integer.class, business)).isEqualTo(1);

        assertThat(rewrites.rewriteStale()).isGreaterThanOrEqualTo(1);
        assertThat(newCustomersToday()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM analytics_stale WHERE business_id = ?", Integer.class, business)).isZero();
    }

    @Test
    void aBusinessWhoseRewritesAreCheapIsRewrittenOnEveryChange() {
        businessRegistered();
        customerRegistered();
        cheapRewrites.changed(business, Span.at(today));
        customerRegistered();
        cheapRewrites.changed(business, Span.at(today));
        assertThat(newCustomersToday()).isEqualTo(2);
    }

    @Test
    void aRewriteNowTakesWhatWasStaleWithIt() {
        businessRegistered();
        rewrites.rewriteNow(business, Span.at(today));
        customerRegistered();
        rewrites.changed(business, Span.at(today));
        assertThat(newCustomersToday()).isZero();

        rewrites.rewriteNow(business, Span.at(today));
        assertThat(newCustomersToday()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM analytics_stale WHERE business_id = ?", Integer.class, business)).isZero();
    }
}
