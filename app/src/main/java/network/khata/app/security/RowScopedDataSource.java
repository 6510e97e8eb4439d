package network.khata.app.security;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Gives every connection, as it leaves the pool, the thread's {@link RowScope}. Session settings, not transaction
 * ones: they hold for everything done on the connection until it goes back, and the next borrower sets its own. They
 * are set in autocommit mode, before any transaction begins, so a rollback never undoes them; a physical connection
 * that already carries the borrower's scope (the usual case for processors and for one owner's requests) is not asked
 * again, which saves a round trip per checkout.
 */
public class RowScopedDataSource extends DelegatingDataSource {
    /** What each physical connection was last given, by identity; a connection the pool drops drops out. */
    private final Map<Connection, RowScope> given = Collections.synchronizedMap(new WeakHashMap<>());

    public RowScopedDataSource(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(super.getConnection(username, password));
    }

    private Connection scoped(Connection connection) throws SQLException {
        RowScope scope = RowScope.current();
        Connection physical = physical(connection);
        if (scope.equals(given.get(physical))) {
            return connection;
        }
        given.remove(physical);
        try (PreparedStatement set = connection.prepareStatement(
                "SELECT set_config('khata.scope', ?, false), set_config('khata.subject', ?, false)")) {
            set.setString(1, scope.kind());
            set.setString(2, scope.subjectText());
            set.execute();
            given.put(physical, scope);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** The driver's connection behind the pool's proxy (a new proxy comes with every checkout). */
    private static Connection physical(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class) && connection.unwrap(PGConnection.class) instanceof Connection driver
                ? driver : connection;
    }
}
