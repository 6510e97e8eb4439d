package network.khata.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fresh databases on the machine's PostgreSQL for one test JVM. The server is {@code KHATA_TEST_PG} (host:port,
 * default 127.0.0.1:5432), reached as user postgres with trust auth. Databases are not dropped while the JVM ends, as
 * that would race the applications' own shutdown; instead each JVM drops the earlier runs' databases nobody is using.
 */
public final class TestPostgres {
    private static final String SERVER = System.getenv().getOrDefault("KHATA_TEST_PG", "127.0.0.1:5432");
    private static final String USER = System.getenv().getOrDefault("KHATA_TEST_PG_USER", "postgres");
    private static final String PREFIX = "khata_test_";
    private static final java.util.Map<String, String> URLS = new java.util.HashMap<>();

    private TestPostgres() {
    }

    public static String jdbcUrl() {
        return jdbcUrl("main");
    }

    /** A database of its own for each name, so that two running applications never share tracking tokens. */
    public static synchronized String jdbcUrl(String name) {
        if (URLS.isEmpty()) {
            dropAbandonedDatabases();
        }
        return URLS.computeIfAbsent(name, ignored -> {
            String database = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            execute("CREATE DATABASE " + database);
            return "jdbc:postgresql://" + SERVER + "/" + database;
        });
    }

    public static String user() {
        return USER;
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    private static void dropAbandonedDatabases() {
        java.util.List<String> abandoned = new java.util.ArrayList<>();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", USER, "");
             Statement statement = admin.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database d WHERE datname LIKE '"
                     + PREFIX + "%' AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)")) {
            while (rows.next()) {
                abandoned.add(rows.getString(1));
            }
        } catch (SQLException e) {
            return;
        }
        for (String database : abandoned) {
            try {
                execute("DROP DATABASE IF EXISTS " + database);
            } catch (IllegalStateException stillInUse) {
                // another test JVM connected meanwhile; it is not abandoned
            }
        }
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
