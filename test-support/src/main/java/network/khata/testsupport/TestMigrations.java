package network.khata.testsupport;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.Map;

/**
 * Brings a test database to the schema of the migrations on the test's classpath, as the service does at start-up:
 * with the role the service connects as ({@code appRole}, which the row-security migrations grant to).
 */
public final class TestMigrations {
    public static final String APP_ROLE = "khata_app";

    private TestMigrations() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).placeholders(Map.of("appRole", APP_ROLE)).load().migrate();
    }
}
