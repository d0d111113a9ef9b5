package io.github.schemaguard.source.data;

import io.github.schemaguard.LintResult;
import io.github.schemaguard.SchemaGuard;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.rule.data.ProbeSettings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table whose names would break or hijack SQL written by string concatenation: quotes of both kinds,
 * semicolons, spaces, comment markers, reserved words and mixed case. Probed with every identifier column, it
 * must give its one duplicated value and survive.
 */
final class HostileNames {

    static final String TABLE = "Order \"Book\" `T`; DELETE FROM x --";
    static final String KEY = "select";
    static final String COLUMN = "Sel`ect \"x\"; DROP Order_No";
    static final String SHARED = "A'1; DROP \"t\" `u`";

    private final LiveTable table;

    HostileNames(String schema) {
        table = new LiveTable(schema, TABLE, List.of(KEY, COLUMN));
    }

    void load(Connection connection) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString();
        try (Statement create = connection.createStatement()) {
            create.execute(table.createSql(quote));
        }
        try (PreparedStatement insert = connection.prepareStatement(table.insertSql(quote))) {
            List<String> values = List.of(SHARED, SHARED, "B-2", "C-3");
            for (int i = 0; i < values.size(); i++) {
                insert.setLong(1, i + 1);
                insert.setString(2, values.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Probes the table through {@code probe} (read-only), then counts its rows through {@code owner}. */
    void assertProbed(Connection probe, Connection owner, Dialect dialect) throws SQLException {
        assertDuplicate(probe, dialect, 1_000_000, "all 4 rows");
        String quote = owner.getMetaData().getIdentifierQuoteString();
        try (Statement count = owner.createStatement();
             ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM " + (table.schema() == null ? ""
                     : LiveTable.quoted(quote, table.schema()) + ".") + LiveTable.quoted(quote, TABLE))) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(1)).as("rows after probing").isEqualTo(4);
        }
    }

    /** With every identifier column probed, tables above {@code fullScanRows} sampled: the duplicate and how read. */
    void assertDuplicate(Connection probe, Dialect dialect, long fullScanRows, String read) throws SQLException {
        ProbeSettings everyIdentifier = new ProbeSettings(true, fullScanRows, 4,
                ProbeSettings.DEFAULTS.statementTimeout(), ProbeSettings.DEFAULTS.budget(), 3, false, true);
        LintResult result = SchemaGuard.withBuiltinRules().lint(new Schema(dialect, List.of(table.model())), probe,
                everyIdentifier);
        assertThat(IncidentData.message(result, "duplicate-business-key-values", table))
                .contains("1 value of " + table.model().qualifiedName() + "." + COLUMN
                        + " held by more than one row, 2 rows in all (" + read + " read", "'" + SHARED + "' (2 rows)");
    }
}
