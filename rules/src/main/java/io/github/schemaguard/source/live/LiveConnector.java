package io.github.schemaguard.source.live;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.Executor;

/**
 * Opens read-only connections: read-only flag set, autocommit off (so the session's one transaction is rolled
 * back, never committed), connect and socket timeouts from the entry. Drivers come from this class's class loader
 * (the plugin's, with any driver the user added as a plugin dependency), not from DriverManager's JVM-wide list.
 */
final class LiveConnector {

    /** Network timeouts fire on the driver's own threads; running the abort inline is what the JDBC spec allows. */
    private static final Executor INLINE = Runnable::run;

    private LiveConnector() {
    }

    static Connection open(LiveDatabase database) throws LiveDatabaseException {
        String url = database.url().strip();
        Driver driver = driverFor(url).orElse(null);
        if (driver == null && url.startsWith("jdbc:mysql:")) {
            // MariaDB's driver takes jdbc:mysql: URLs when asked to; MySQL's own driver goes first if present.
            url = url + (url.contains("?") ? "&" : "?") + "permitMysqlScheme";
            driver = driverFor(url).orElse(null);
        }
        if (driver == null) {
            throw ConnectionFailure.noDriver(database);
        }
        Connection connection = null;
        try {
            connection = driver.connect(url, properties(database));
            if (connection == null) {
                throw ConnectionFailure.noDriver(database);
            }
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            networkTimeout(connection, database);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw ConnectionFailure.of(database, e);
        }
    }

    /** Rolls back (nothing was written, and nothing must be) and closes, whatever happened before. */
    static void close(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // Closing still ends the session and its transaction.
        }
        closeQuietly(connection);
    }

    private static Optional<Driver> driverFor(String url) {
        for (Driver driver : ServiceLoader.load(Driver.class, LiveConnector.class.getClassLoader())) {
            try {
                if (driver.acceptsURL(url)) {
                    return Optional.of(driver);
                }
            } catch (SQLException e) {
                // A driver that cannot tell is not the one.
            }
        }
        return Optional.empty();
    }

    /** Credentials, and the timeouts in each driver's own property names and units. */
    private static Properties properties(LiveDatabase database) {
        Properties properties = new Properties();
        if (database.username() != null) {
            properties.setProperty("user", database.username());
        }
        if (database.password() != null) {
            properties.setProperty("password", database.password());
        }
        long connectSeconds = database.connectTimeout().toSeconds();
        long querySeconds = database.queryTimeout().toSeconds();
        switch (database.jdbcUrl().subprotocol()) {
            case "postgresql" -> {
                properties.setProperty("connectTimeout", String.valueOf(connectSeconds));
                properties.setProperty("loginTimeout", String.valueOf(connectSeconds));
                properties.setProperty("socketTimeout", String.valueOf(querySeconds));
                // The server cancels any statement that runs longer, SchemaCrawler's included.
                properties.setProperty("options", "-c statement_timeout=" + querySeconds * 1000);
                properties.setProperty("ApplicationName", "schemaguard");
            }
            case "mariadb", "mysql" -> {
                properties.setProperty("connectTimeout", String.valueOf(connectSeconds * 1000));
                properties.setProperty("socketTimeout", String.valueOf(querySeconds * 1000));
            }
            // SQLite fixes read-only when it opens the file and refuses setReadOnly afterwards: READONLY | URI.
            case "sqlite" -> properties.setProperty("open_mode", String.valueOf(0x01 | 0x40));
            default -> {
                // In-process databases have no network; other drivers get the network timeout below.
            }
        }
        return properties;
    }

    private static void networkTimeout(Connection connection, LiveDatabase database) throws SQLException {
        try {
            connection.setNetworkTimeout(INLINE, (int) database.queryTimeout().toMillis());
        } catch (SQLFeatureNotSupportedException | AbstractMethodError | UnsupportedOperationException e) {
            // In-process and older drivers have no network timeout to set.
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing more to do with a connection that will not close.
        }
    }
}
