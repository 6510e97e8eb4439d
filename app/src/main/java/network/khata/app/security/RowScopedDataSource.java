package network.khata.app.security;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Gives every connection, as it leaves the pool, the thread's {@link RowScope}. Session settings, not transaction
 * ones: they hold for everything done on the connection until it goes back, and the next borrower sets its own.
 */
public class RowScopedDataSource extends DelegatingDataSource {

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

    private static Connection scoped(Connection connection) throws SQLException {
        RowScope scope = RowScope.current();
        try (PreparedStatement set = connection.prepareStatement(
                "SELECT set_config('khata.scope', ?, false), set_config('khata.subject', ?, false)")) {
            set.setString(1, scope.kind());
            set.setString(2, scope.subjectText());
            set.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
