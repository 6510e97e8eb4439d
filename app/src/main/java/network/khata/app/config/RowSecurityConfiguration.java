package network.khata.app.config;

import network.khata.app.security.RowScopedDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * The service's own connections (bean {@code dataSource}, user {@code spring.datasource.username}, subject to
 * row-level security) carry the caller's {@link network.khata.app.security.RowScope}. Flyway migrates through a
 * connection of its own, as the tables' owner.
 */
@Configuration
public class RowSecurityConfiguration {

    /** With a configured database, Flyway connects as {@code khata.db.migration.user} (the embedded one has its own). */
    @Bean
    FlywayConfigurationCustomizer migrateAsTableOwner(Environment environment) {
        return configuration -> {
            String url = environment.getProperty("spring.datasource.url");
            if (url != null && !url.isBlank()) {
                configuration.dataSource(url, environment.getProperty("khata.db.migration.user", "postgres"),
                        environment.getProperty("khata.db.migration.password", ""));
            }
        };
    }

    @Bean
    static BeanPostProcessor rowScopedDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return "dataSource".equals(name) && bean instanceof DataSource pool && !(bean instanceof RowScopedDataSource)
                        ? new RowScopedDataSource(pool) : bean;
            }
        };
    }
}
