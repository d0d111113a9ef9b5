package io.github.schemaguard.source.data;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.rule.data.ProbeSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The probes on the incident's data in in-process H2 and HSQLDB databases: the plain build's proof. */
class JdbcTableDataInProcessTest {

    private static final ProbeSettings ON = ProbeSettings.DEFAULTS.withEnabled(true);

    private final IncidentData data = new IncidentData(null);
    private Connection connection;

    @BeforeEach
    void load() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:probes_incident");
        data.load(connection);
        connection.setReadOnly(true);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void incidentDataGivesTheIncidentsFigures() throws SQLException {
        LintResult result = SchemaGuard.withBuiltinRules().lint(data.schema(Dialect.H2), connection, ON);

        data.assertFindings(result);
    }

    @Test
    void hsqldbGivesTheSameFigures() throws SQLException {
        try (Connection hsqldb = DriverManager.getConnection("jdbc:hsqldb:mem:probes_incident", "SA", "")) {
            data.load(hsqldb);
            hsqldb.setReadOnly(true);

            data.assertFindings(SchemaGuard.withBuiltinRules().lint(data.schema(Dialect.GENERIC), hsqldb, ON));
        }
    }

    @Test
    void dataChecksOffAskNothing() throws SQLException {
        LintResult result = SchemaGuard.withBuiltinRules().lint(data.schema(Dialect.H2), connection,
                ProbeSettings.DEFAULTS);

        assertThat(result.findings()).noneMatch(f -> IncidentData.DATA_RULES.contains(f.ruleId()));
    }

    @Test
    void aSpentBudgetSkipsTheRemainingProbesAndSaysSo() throws SQLException {
        ProbeSettings noTime = new ProbeSettings(true, ON.fullScanRows(), ON.sampleSize(), ON.statementTimeout(),
                Duration.ZERO, 3, false, false);

        LintResult result = SchemaGuard.withBuiltinRules().lint(data.schema(Dialect.H2), connection, noTime);

        assertThat(result.findings()).filteredOn(f -> IncidentData.DATA_RULES.contains(f.ruleId()))
                .hasSize(12).allSatisfy(f -> assertThat(f.message())
                        .endsWith("was not probed: the time budget of 0 s for data checks on this database was spent."));
    }

    @Test
    void aBudgetSpentMidwayLeavesEarlierAnswersStanding() throws SQLException {
        long[] now = {0};
        // each look at the clock finds it a second later: 7 s cover the first few queries
        ProbeSettings sevenSeconds = new ProbeSettings(true, ON.fullScanRows(), ON.sampleSize(),
                ON.statementTimeout(), Duration.ofSeconds(7), 3, false, false);
        JdbcTableData tableData = new JdbcTableData(connection, sevenSeconds, () -> now[0]++ * 1_000_000_000L);
        LintResult result = SchemaGuard.withBuiltinRules().lint(data.schema(Dialect.H2), tableData);

        assertThat(result.findings()).filteredOn(f -> IncidentData.DATA_RULES.contains(f.ruleId()))
                .anyMatch(f -> f.message().contains("held by more than one row"))
                .anyMatch(f -> f.message().contains("was not probed: the time budget of 7 s"));
    }

    @Test
    void largeTablesAreSampledAndTheFindingSaysSo() throws SQLException {
        ProbeSettings small = new ProbeSettings(true, 50, 40, ON.statementTimeout(), ON.budget(), 3, false, false);

        LintResult result = SchemaGuard.withBuiltinRules().lint(data.schema(Dialect.H2), connection, small);

        assertThat(IncidentData.message(result, "time-shaped-identifier-values", data.orders))
                .contains("40 of 40 values (a sample of 40 rows (the 40 most recent rows by id) read)");
        assertThat(IncidentData.message(result, "unique-constraint-would-fail", data.orders))
                .contains("so the whole table holds at least these");
    }

    @Test
    void examplesAreTruncatedAndMaskedWhenAsked() throws SQLException {
        ProbeSettings masked = new ProbeSettings(true, ON.fullScanRows(), ON.sampleSize(), ON.statementTimeout(),
                ON.budget(), 2, true, false);

        String message = IncidentData.message(SchemaGuard.withBuiltinRules().lint(data.schema(Dialect.H2),
                connection, masked), "duplicate-business-key-values", data.orders);

        assertThat(message).containsPattern("most frequent: '20\\*{10}\\d\\d' \\(2 rows\\), '20\\*{10}\\d\\d' "
                + "\\(2 rows\\)\\.");
    }

    @Test
    void everyIdentifierColumnWhenAsked() throws SQLException {
        Schema guarded = new Schema(Dialect.H2, List.of(data.orders.model()).stream().map(table -> new
                io.github.schemaguard.model.Table(table.schema(), table.name(), table.columns(), table.primaryKey(),
                List.of(new io.github.schemaguard.model.Key("uk_order_no",
                        io.github.schemaguard.model.KeyKind.UNIQUE_INDEX, List.of("order_no"), false, null, true,
                        table.location())), List.of(), List.of(), null, table.location())).toList());
        ProbeSettings all = new ProbeSettings(true, ON.fullScanRows(), ON.sampleSize(), ON.statementTimeout(),
                ON.budget(), 3, false, true);

        assertThat(SchemaGuard.withBuiltinRules().lint(guarded, connection, ON).findings())
                .noneMatch(f -> IncidentData.DATA_RULES.contains(f.ruleId()));
        assertThat(SchemaGuard.withBuiltinRules().lint(guarded, connection, all).findings())
                .filteredOn(f -> IncidentData.DATA_RULES.contains(f.ruleId()))
                .extracting(f -> f.ruleId()).containsExactly("time-shaped-identifier-values");
    }
}
