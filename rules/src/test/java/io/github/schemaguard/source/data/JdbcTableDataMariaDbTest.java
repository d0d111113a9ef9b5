package io.github.schemaguard.source.data;

import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.rule.data.ProbeSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** The probes on the real MariaDB server (profile db), in a database of their own. */
@Tag("db")
class JdbcTableDataMariaDbTest {

    private static final String DATABASE = "probes_jdbc_table_data";

    private static final IncidentData DATA = new IncidentData(DATABASE);
    private static final HostileNames HOSTILE = new HostileNames(DATABASE);

    @BeforeAll
    static void createDatabase() throws SQLException {
        dropDatabase();
        try (Connection owner = connect(); Statement ddl = owner.createStatement()) {
            ddl.execute("CREATE DATABASE " + DATABASE);
            DATA.load(owner);
            HOSTILE.load(owner);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection owner = connect(); Statement ddl = owner.createStatement()) {
            ddl.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    @Test
    void incidentDataGivesTheIncidentsFigures() throws SQLException {
        try (Connection probe = connect()) {
            probe.setReadOnly(true);

            DATA.assertFindings(SchemaGuard.withBuiltinRules().lint(DATA.schema(Dialect.MYSQL), probe,
                    ProbeSettings.DEFAULTS.withEnabled(true)));
        }
    }

    @Test
    void aLockedTableTimesOutAndTheOthersAreStillProbed() throws SQLException {
        ProbeSettings oneSecond = new ProbeSettings(true, 1_000_000, 10_000, Duration.ofSeconds(1),
                Duration.ofSeconds(60), 3, false, false);
        try (Connection locker = connect(); Statement lock = locker.createStatement(); Connection probe = connect()) {
            probe.setReadOnly(true);
            lock.execute("LOCK TABLES " + DATABASE + ".t_recharge WRITE");

            DATA.assertLockedRecharges(SchemaGuard.withBuiltinRules().lint(DATA.schema(Dialect.MYSQL), probe,
                    oneSecond));
            lock.execute("UNLOCK TABLES");
        }
    }

    @Test
    void hostileNamesAreQuoted() throws SQLException {
        try (Connection probe = connect(); Connection owner = connect()) {
            probe.setReadOnly(true);

            HOSTILE.assertProbed(probe, owner, Dialect.MYSQL);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test", "root", "");
    }
}
