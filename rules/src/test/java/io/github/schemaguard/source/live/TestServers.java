package io.github.schemaguard.source.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** The real servers of profile {@code db}: PostgreSQL (trust auth) and MariaDB (root, no password). */
final class TestServers {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";

    private TestServers() {
    }

    static Connection postgres(String database) throws SQLException {
        return postgres(database, "postgres");
    }

    static Connection postgres(String database, String user) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "300");
        return DriverManager.getConnection(POSTGRES + database, properties);
    }

    static Connection mariadb(String database) throws SQLException {
        return DriverManager.getConnection(MARIADB + database + "?user=root&connectTimeout=10000&socketTimeout=300000");
    }

    /** Runs statements that set up or tear down a test's own objects. */
    static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
