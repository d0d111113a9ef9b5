package io.github.schemaguard.source.data;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.rule.data.ProbeSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The probes on the real PostgreSQL server (profile db), in a schema and a database of their own. */
@Tag("db")
class JdbcTableDataPostgresTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String SCHEMA = "probes_jdbc_table_data";
    /** Only the read-only probe connects to it while its pg_stat_database counters are compared. */
    private static final String PROBE_DATABASE = "probes_readonly_probe";
    private static final String READER = "probes_reader";
    private static final ProbeSettings ON = ProbeSettings.DEFAULTS.withEnabled(true);

    private static final IncidentData DATA = new IncidentData(SCHEMA);
    private static final HostileNames HOSTILE = new HostileNames(SCHEMA);

    @BeforeAll
    static void createSchema() throws SQLException {
        dropAll();
        try (Connection owner = owner("test"); Statement ddl = owner.createStatement()) {
            ddl.execute("CREATE SCHEMA " + SCHEMA);
            DATA.load(owner);
            HOSTILE.load(owner);
            ddl.execute("ANALYZE " + SCHEMA + ".t_purchase");
        }
    }

    @AfterAll
    static void dropAll() throws SQLException {
        try (Connection owner = owner("test"); Statement ddl = owner.createStatement()) {
            ddl.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            ddl.execute("DROP DATABASE IF EXISTS " + PROBE_DATABASE);
            ddl.execute("DROP ROLE IF EXISTS " + READER);
        }
    }

    @Test
    void incidentDataGivesTheIncidentsFigures() throws SQLException {
        try (Connection probe = readOnly("test", "postgres")) {
            DATA.assertFindings(SchemaGuard.withBuiltinRules().lint(DATA.schema(Dialect.POSTGRESQL), probe, ON));
        }
    }

    @Test
    void largeTablesAreSampledWithTablesample() throws SQLException {
        ProbeSettings small = new ProbeSettings(true, 500, 1_000, ON.statementTimeout(), ON.budget(), 3, false, false);
        try (Connection probe = readOnly("test", "postgres")) {
            LintResult result = SchemaGuard.withBuiltinRules().lint(DATA.schema(Dialect.POSTGRESQL), probe, small);

            assertThat(IncidentData.message(result, "low-entropy-identifier", DATA.purchases))
                    .containsPattern("values, a sample of [\\d,]+ rows \\(TABLESAMPLE SYSTEM [\\d.]+% of about 2,070 "
                            + "rows\\) read\\)").contains("yyyyMMdd + 5 digits", "about ");
        }
    }

    @Test
    void aLockedTableTimesOutAndTheOthersAreStillProbed() throws SQLException {
        ProbeSettings oneSecond = new ProbeSettings(true, ON.fullScanRows(), ON.sampleSize(), Duration.ofSeconds(1),
                ON.budget(), 3, false, false);
        try (Connection locker = owner("test"); Statement lock = locker.createStatement();
             Connection probe = readOnly("test", "postgres")) {
            locker.setAutoCommit(false);
            lock.execute("LOCK TABLE " + SCHEMA + ".t_recharge IN ACCESS EXCLUSIVE MODE");

            DATA.assertLockedRecharges(SchemaGuard.withBuiltinRules().lint(DATA.schema(Dialect.POSTGRESQL), probe,
                    oneSecond));
            locker.rollback();
        }
    }

    @Test
    void hostileNamesAreQuoted() throws SQLException {
        try (Connection probe = readOnly("test", "postgres"); Connection owner = owner("test")) {
            HOSTILE.assertProbed(probe, owner, Dialect.POSTGRESQL);
            // the sample's size comes from pg_class, looked up by the quoted name as a regclass
            HOSTILE.assertDuplicate(probe, Dialect.POSTGRESQL, 1,
                    "a sample of 4 rows (TABLESAMPLE SYSTEM 100% of about 4 rows)");
        }
    }

    /**
     * A role that may only SELECT runs every probe on a database nobody else uses, and the server's own counters
     * show rows read and none inserted, updated or deleted.
     */
    @Test
    void aSelectOnlyRoleProbesAndNothingIsWritten() throws Exception {
        try (Connection owner = owner("test"); Statement ddl = owner.createStatement()) {
            ddl.execute("CREATE DATABASE " + PROBE_DATABASE);
            ddl.execute("CREATE ROLE " + READER + " LOGIN");
        }
        IncidentData data = new IncidentData("public");
        try (Connection owner = owner(PROBE_DATABASE); Statement ddl = owner.createStatement()) {
            data.load(owner);
            ddl.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + READER);
            ddl.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            ddl.execute("ANALYZE"); // so autovacuum has no statistics to write while the counters are compared
        }
        try (Connection monitor = owner("test")) {
            long[] before = settledCounters(monitor, -1);
            try (Connection probe = readOnly(PROBE_DATABASE, READER)) {
                data.assertFindings(SchemaGuard.withBuiltinRules().lint(data.schema(Dialect.POSTGRESQL), probe, ON));
            }
            long[] after = settledCounters(monitor, before[3]);

            assertThat(after[3]).as("tuples returned: the probe's reads were counted").isGreaterThan(before[3]);
            assertThat(new long[] {after[0], after[1], after[2]}).as("tup_inserted, tup_updated, tup_deleted")
                    .containsExactly(before[0], before[1], before[2]);
        }
    }

    /**
     * {@code tup_inserted, tup_updated, tup_deleted, tup_returned} of the probe database, once a closed session's
     * counters have reached the statistics (they are flushed when its backend exits) and stopped changing.
     */
    private static long[] settledCounters(Connection monitor, long returnedBefore) throws Exception {
        long[] last = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            long[] now = counters(monitor);
            if (last != null && java.util.Arrays.equals(now, last) && now[3] != returnedBefore) {
                return now;
            }
            last = now;
            Thread.sleep(500);
        }
        throw new AssertionError("pg_stat_database did not settle for " + PROBE_DATABASE);
    }

    private static long[] counters(Connection monitor) throws SQLException {
        try (Statement query = monitor.createStatement()) {
            query.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = query.executeQuery("SELECT tup_inserted, tup_updated, tup_deleted, tup_returned "
                    + "FROM pg_stat_database WHERE datname = '" + PROBE_DATABASE + "'")) {
                assertThat(rs.next()).isTrue();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
            }
        }
    }

    private static Connection owner(String database) throws SQLException {
        return DriverManager.getConnection(SERVER + database, "postgres", "");
    }

    /** Read-only as the plugin opens it: every statement runs in a read-only transaction. */
    private static Connection readOnly(String database, String user) throws SQLException {
        Connection connection = DriverManager.getConnection(SERVER + database + "?readOnlyMode=always", user, "");
        connection.setReadOnly(true);
        return connection;
    }
}
