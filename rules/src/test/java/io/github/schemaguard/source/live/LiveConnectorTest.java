package io.github.schemaguard.source.live;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LiveConnectorTest {

    private static final String PASSWORD = "Pw-live-Secret-42";

    @Test
    void aClosedPortGivesOneClearLineQuickly() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        LiveDatabase database = new LiveDatabase("jdbc:postgresql://127.0.0.1:" + port + "/appdb?password=" + PASSWORD,
                "app", PASSWORD);
        long start = System.nanoTime();
        LiveDatabaseException failure = catchThrowableOfType(LiveDatabaseException.class,
                () -> LiveConnector.open(database));
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
        assertThat(failure.getMessage()).isEqualTo("schemaguard cannot connect to jdbc:postgresql://127.0.0.1:"
                + port + "/appdb (host 127.0.0.1:" + port + ", database appdb): connection refused or unreachable"
                + " (is the server running, and is the port right?)");
        assertThat(failure.getCause().toString()).doesNotContain(PASSWORD);
    }

    @Test
    void aWrongPasswordNamesTheCauseWithoutThePassword() throws Exception {
        String url = "jdbc:h2:mem:live_wrong_password";
        try (Connection keeper = java.sql.DriverManager.getConnection(url, "owner", "right-" + PASSWORD)) {
            LiveDatabaseException failure = catchThrowableOfType(LiveDatabaseException.class,
                    () -> LiveConnector.open(new LiveDatabase(url, "owner", PASSWORD)));
            assertThat(failure.getMessage()).isEqualTo("schemaguard cannot connect to jdbc:h2:mem:live_wrong_password"
                    + " (host in-process, database live_wrong_password): authentication failed: wrong user name or password");
            assertThat(failure.getCause().toString()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void anUnknownDriverSaysHowToAddOne() {
        assertThatThrownBy(() -> LiveConnector.open(new LiveDatabase("jdbc:db2://db.example.com:50000/app",
                "app", PASSWORD)))
                .isInstanceOf(LiveDatabaseException.class)
                .hasMessage("schemaguard has no JDBC driver for jdbc:db2://db.example.com:50000/app: add the driver"
                        + " (jdbc:db2:) to the plugin as a <dependency>");
    }

    @Test
    void connectionsAreReadOnlyWithoutAutocommit() throws Exception {
        String url = "jdbc:hsqldb:mem:live_read_only";
        try (Connection keeper = TestDatabases.create(url, "CREATE TABLE t (id INT)")) {
            Connection connection = LiveConnector.open(new LiveDatabase(url, "SA", ""));
            try (Statement statement = connection.createStatement()) {
                assertThat(connection.isReadOnly()).isTrue();
                assertThat(connection.getAutoCommit()).isFalse();
                assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO t VALUES (1)"))
                        .isInstanceOf(SQLException.class);
            } finally {
                LiveConnector.close(connection);
            }
            assertThat(connection.isClosed()).isTrue();
        }
    }
}
