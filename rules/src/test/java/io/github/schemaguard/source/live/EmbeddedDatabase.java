package io.github.schemaguard.source.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** An in-process database filled by a test, kept alive by the returned connection until it is closed. */
final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    static Connection create(String url, String... statements) throws SQLException {
        Connection keeper = DriverManager.getConnection(url);
        try (Statement statement = keeper.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        return keeper;
    }
}
