package io.github.schemaguard.source.live;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** Why a connection failed, in words a user acts on, from the driver's exception. */
final class ConnectionFailure {

    /** MySQL/MariaDB's error number for an unknown database (SQL state 42000 is too broad). */
    private static final int MYSQL_UNKNOWN_DATABASE = 1049;

    private ConnectionFailure() {
    }

    /** One line: which database, where, and why. */
    static LiveDatabaseException of(LiveDatabase database, SQLException e) {
        JdbcUrl url = database.jdbcUrl();
        String message = "schemaguard cannot connect to " + url.display() + " (host " + url.host() + ", database "
                + url.database() + "): " + cause(e);
        return new LiveDatabaseException(Secrets.of(database).scrub(message), Secrets.of(database).scrubbed(e));
    }

    private static String cause(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28") || e.getErrorCode() == 1045) {
            return "authentication failed: wrong user name or password";
        }
        if (state.equals("3D000") || e.getErrorCode() == MYSQL_UNKNOWN_DATABASE) {
            return "the database does not exist";
        }
        Throwable network = networkCause(e);
        if (network instanceof UnknownHostException) {
            return "unknown host " + network.getMessage();
        }
        if (network instanceof SocketTimeoutException) {
            return "no answer from the server within the connect timeout";
        }
        if (network instanceof ConnectException || network instanceof NoRouteToHostException) {
            return "connection refused or unreachable (is the server running, and is the port right?)";
        }
        return firstLine(e.getMessage());
    }

    private static Throwable networkCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof SocketTimeoutException
                    || cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return cause;
            }
        }
        return null;
    }

    /** Drivers write multi-line messages (the statement, a hint); a build log line takes the first. */
    static String firstLine(String message) {
        List<String> lines = message == null ? List.of() : message.strip().lines().toList();
        return lines.isEmpty() ? "unknown error" : lines.get(0);
    }

    /** A driver that refuses the URL: the user must add one, so the message says how. */
    static LiveDatabaseException noDriver(LiveDatabase database) {
        JdbcUrl url = database.jdbcUrl();
        return new LiveDatabaseException("schemaguard has no JDBC driver for " + url.display()
                + ": add the driver (jdbc:" + url.subprotocol().toLowerCase(Locale.ROOT)
                + ":) to the plugin as a <dependency>", null);
    }
}
