package io.github.schemaguard.source.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Databases filled by tests. */
final class TestDatabases {

    private TestDatabases() {
    }

    /** An in-process database, kept alive by the returned connection until it is closed. */
    static Connection create(String url, String... statements) throws SQLException {
        Connection keeper = DriverManager.getConnection(url);
        execute(keeper, statements);
        return keeper;
    }

    static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
