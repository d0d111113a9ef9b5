package io.github.schemaguard.source.live;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The real servers (profile db) refuse a login or a database: one line naming host, database and cause, within
 * 10 seconds, without the password. Nothing is created, so there is nothing to drop.
 */
@Tag("db")
class ServerConnectionFailureTest {

    private static final String PASSWORD = "Server-Live-Secret-9";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // PostgreSQL trusts local logins whatever the password, so an unknown role stands in for a wrong login.
        "jdbc:postgresql://127.0.0.1:5432/test | live_no_such_role_live | 127.0.0.1:5432 | test"
            + " | authentication failed: wrong user name or password",
        "jdbc:postgresql://127.0.0.1:5432/live_no_such_db_live | postgres | 127.0.0.1:5432 | live_no_such_db_live"
            + " | the database does not exist",
        "jdbc:mariadb://127.0.0.1:3306/test | root | 127.0.0.1:3306 | test"
            + " | authentication failed: wrong user name or password",
        "jdbc:mysql://127.0.0.1:3306/live_no_such_db_live | root | 127.0.0.1:3306 | live_no_such_db_live"
            + " | the database does not exist",
    })
    void refusedLoginsAndDatabasesGiveOneClearLine(String url, String user, String host, String database,
                                                    String cause) {
        // MariaDB's root has an empty password: any other is wrong; it is not sent where it is right to be empty.
        String password = user.equals("root") && url.endsWith("/test") ? PASSWORD : "";
        long start = System.nanoTime();
        LiveDatabaseException failure = catchThrowableOfType(LiveDatabaseException.class,
                () -> LiveConnector.open(new LiveDatabase(url, user, password)));

        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
        assertThat(failure.getMessage()).isEqualTo("schemaguard cannot connect to " + url + " (host " + host
                + ", database " + database + "): " + cause);
        assertThat(failure.getCause().toString()).doesNotContain(PASSWORD);
    }
}
