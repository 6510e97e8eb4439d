package network.khata.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fresh databases on the machine's PostgreSQL for one test JVM, each dropped when the JVM ends. The server is
 * {@code KHATA_TEST_PG} (host:port, default 127.0.0.1:5432), reached as user postgres with trust auth.
 */
public final class TestPostgres {
    private static final String SERVER = System.getenv().getOrDefault("KHATA_TEST_PG", "127.0.0.1:5432");
    private static final String USER = System.getenv().getOrDefault("KHATA_TEST_PG_USER", "postgres");
    private static final java.util.Map<String, String> URLS = new java.util.HashMap<>();

    private TestPostgres() {
    }

    public static String jdbcUrl() {
        return jdbcUrl("main");
    }

    /** A database of its own for each name, so that two running applications never share tracking tokens. */
    public static synchronized String jdbcUrl(String name) {
        return URLS.computeIfAbsent(name, ignored -> {
            String database = "khata_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            execute("CREATE DATABASE " + database);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)")));
            return "jdbc:postgresql://" + SERVER + "/" + database;
        });
    }

    public static String user() {
        return USER;
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    private static void execute(String sql) {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " refused: " + sql
                    + " (is it running? .ci/run starts it)", e);
        }
    }
}
