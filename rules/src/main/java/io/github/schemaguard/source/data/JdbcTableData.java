package io.github.schemaguard.source.data;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.data.DuplicateValues;
import io.github.schemaguard.rule.data.ProbeResult;
import io.github.schemaguard.rule.data.ProbeSettings;
import io.github.schemaguard.rule.data.TableData;
import io.github.schemaguard.rule.data.ValueSample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Answers data probes with SELECT statements on the connection it is given (the caller opens it read-only),
 * each under a statement timeout and all within the settings' time budget. Works on PostgreSQL,
 * MariaDB/MySQL, H2 and HSQLDB: identifiers are quoted with the database's quote string, and large tables
 * are sampled with {@code TABLESAMPLE SYSTEM} on PostgreSQL and a bounded scan of the most recent rows elsewhere.
 * Answers are kept, so rules asking the same question share one query.
 */
public final class JdbcTableData implements TableData {

    /** SQLSTATEs of a cancelled statement: PostgreSQL and H2, MySQL/MariaDB, ODBC-style drivers. */
    private static final Set<String> TIMEOUT_STATES = Set.of("57014", "70100", "HYT00", "HYT01");

    private final Connection connection;
    private final ProbeSettings settings;
    private final QueryBudget budget;
    private final SqlNames names;
    private final boolean postgres;
    private final Map<String, ProbeResult<?>> answers = new HashMap<>();

    /** The time budget starts now. */
    public JdbcTableData(Connection connection, ProbeSettings settings) throws SQLException {
        this(connection, settings, System::nanoTime);
    }

    JdbcTableData(Connection connection, ProbeSettings settings, LongSupplier nanoClock) throws SQLException {
        this.connection = connection;
        this.settings = settings;
        this.budget = new QueryBudget(settings.budget(), settings.statementTimeout(), nanoClock);
        this.names = new SqlNames(connection.getMetaData().getIdentifierQuoteString());
        this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    @Override
    public ProbeSettings settings() {
        return settings;
    }

    @Override
    public ProbeResult<DuplicateValues> duplicates(Table table, List<Column> keyColumns) {
        List<String> columns = keyColumns.stream().map(names::column).toList();
        return remembered("duplicates " + names.table(table) + " " + columns, () -> rowSource(table,
                settings.fullScanRows()).then(source -> countDuplicates(source, columns)));
    }

    @Override
    public ProbeResult<ValueSample> values(Table table, Column column) {
        return remembered("values " + names.table(table) + " " + names.column(column), () -> rowSource(table,
                settings.sampleSize()).then(source -> query(source.select(List.of(names.column(column))), List.of(), 0,
                        rs -> {
                            List<String> values = new ArrayList<>();
                            while (rs.next()) {
                                values.add(rs.getString(1));
                            }
                            return new ValueSample(values, source.read(values.size()));
                        })));
    }

    private ProbeResult<DuplicateValues> countDuplicates(RowSource source, List<String> columns) {
        String keys = RowSource.keys(columns.size());
        String groups = "SELECT " + keys + ", COUNT(*) AS n FROM (" + source.select(columns) + ") s GROUP BY " + keys;
        return query("SELECT SUM(n), SUM(CASE WHEN n > 1 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN n > 1 THEN n ELSE 0 END) FROM (" + groups + ") g", List.of(), 1,
                rs -> rs.next() ? new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)} : new long[3])
                .then(counts -> withExamples(source, groups, keys, columns.size(), counts));
    }

    /** {@code counts}: rows read, values held by several rows, rows holding them. */
    private ProbeResult<DuplicateValues> withExamples(RowSource source, String groups, String keys, int keyColumns,
                                                      long[] counts) {
        if (counts[1] == 0 || settings.exampleCount() == 0) {
            return ProbeResult.answered(new DuplicateValues(counts[1], counts[2], List.of(), source.read(counts[0])));
        }
        return query(groups + " HAVING COUNT(*) > 1 ORDER BY n DESC, " + keys, List.of(), settings.exampleCount(),
                rs -> {
                    List<DuplicateValues.Example> examples = new ArrayList<>();
                    while (rs.next()) {
                        examples.add(new DuplicateValues.Example(example(rs, keyColumns), rs.getLong("n")));
                    }
                    return new DuplicateValues(counts[1], counts[2], examples, source.read(counts[0]));
                });
    }

    private String example(ResultSet rs, int keyColumns) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= keyColumns; i++) {
            parts.add(ExampleValues.render(rs.getString(i), settings.maskExamples()));
        }
        return parts.size() == 1 ? parts.get(0) : parts.stream().collect(Collectors.joining(", ", "(", ")"));
    }

    /** The whole table when it has at most {@code wholeUpTo} rows, else a sample of it. */
    private ProbeResult<RowSource> rowSource(Table table, long wholeUpTo) {
        String quoted = names.table(table);
        return rowCount(quoted).then(rows -> rows <= wholeUpTo ? ProbeResult.answered(RowSource.whole(quoted))
                : remembered("sample " + quoted, () -> postgres ? tableSample(quoted, rows)
                        : ProbeResult.answered(recentRows(table, quoted))));
    }

    /** The table's rows, counted up to one more than either bound: the scan stops there. */
    private ProbeResult<Long> rowCount(String quoted) {
        long bound = Math.max(settings.fullScanRows(), settings.sampleSize()) + 1;
        return remembered("rows " + quoted, () -> query("SELECT COUNT(*) FROM (SELECT 1 AS one FROM " + quoted
                + " LIMIT " + bound + ") bounded", List.of(), 1,
                rs -> rs.next() ? rs.getLong(1) : 0L));
    }

    /**
     * PostgreSQL's block sample, sized from the planner's row estimate to yield about {@code sampleSize} rows (at
     * most twice that); REPEATABLE keeps reports stable.
     */
    private ProbeResult<RowSource> tableSample(String quoted, long atLeast) {
        return query("SELECT reltuples FROM pg_class WHERE oid = CAST(? AS regclass)", List.of(quoted), 1,
                rs -> {
                    double estimate = Math.max(atLeast, rs.next() ? rs.getDouble(1) : 0);
                    double percent = Math.min(100, 100.0 * settings.sampleSize() / estimate);
                    String sampling = String.format(Locale.ROOT, "TABLESAMPLE SYSTEM %.3g%% of about %,.0f rows",
                            percent, estimate);
                    return new RowSource(String.format(Locale.ROOT, "%s TABLESAMPLE SYSTEM (%.6f) REPEATABLE (0)",
                            quoted, percent), sampling, "", 2L * settings.sampleSize(), percent, estimate);
                });
    }

    /** The newest rows by primary key (an index scan), whose days are complete: rates read from them hold. */
    private RowSource recentRows(Table table, String quoted) {
        int size = settings.sampleSize();
        if (table.primaryKey() == null || table.primaryKey().expression()) {
            return new RowSource(quoted, "the first " + size + " rows the database returned", "", size, 0, 0);
        }
        List<String> key = table.primaryKey().columns();
        return new RowSource(quoted, "the " + size + " most recent rows by " + String.join(", ", key),
                key.stream().map(c -> names.identifier(c) + " DESC")
                        .collect(Collectors.joining(", ", " ORDER BY ", "")),
                size, 0, 0);
    }

    @SuppressWarnings("unchecked")
    private <T> ProbeResult<T> remembered(String question, Supplier<ProbeResult<T>> ask) {
        ProbeResult<?> known = answers.get(question);
        if (known == null) {
            known = ask.get();
            answers.put(question, known);
        }
        return (ProbeResult<T>) known;
    }

    /** Runs one probe query; {@code maxRows} 0 reads every row the query returns (it bounds itself). */
    private <T> ProbeResult<T> query(String sql, List<String> parameters, int maxRows, ResultReader<T> reader) {
        if (budget.spent()) {
            return ProbeResult.skipped(budget.spentReason());
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(budget.queryTimeoutSeconds());
            statement.setMaxRows(maxRows);
            statement.setFetchSize(maxRows == 0 ? 1000 : Math.min(maxRows, 1000));
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                return ProbeResult.answered(reader.read(rs));
            }
        } catch (SQLException e) {
            endFailedTransaction();
            return ProbeResult.skipped(isTimeout(e) ? budget.timeoutReason()
                    : "the database refused the probe query: " + firstLine(e.getMessage()));
        }
    }

    /** PostgreSQL refuses every later statement of a transaction that saw an error, until it ends. */
    private void endFailedTransaction() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the next probe reports its own failure
        }
    }

    private static boolean isTimeout(SQLException e) {
        return e instanceof SQLTimeoutException || TIMEOUT_STATES.contains(e.getSQLState());
    }

    private static String firstLine(String message) {
        return message == null ? "(no message)" : message.lines().findFirst().orElse("").strip();
    }

    @FunctionalInterface
    private interface ResultReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
