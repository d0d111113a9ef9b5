package io.github.schemaguard.source.data;

import io.github.schemaguard.rule.data.RowsRead;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The rows of one table a probe reads: all of them, a PostgreSQL {@code TABLESAMPLE}, or a bounded scan
 * of the most recent rows. Probes select from it as a derived table whose columns are {@code k1, k2, ...}.
 *
 * @param from          the table, with its sampling clause if any
 * @param sampling      how the sample is drawn, for messages; {@code null} for the whole table
 * @param order         {@code ORDER BY ...} of a scan of the most recent rows, or empty
 * @param limit         the most rows read, 0 for no limit
 * @param samplePercent the share of the table's blocks a {@code TABLESAMPLE} reads, 0 for other sources
 * @param estimatedRows the planner's estimate of the table's rows for a {@code TABLESAMPLE}, else 0
 */
record RowSource(String from, String sampling, String order, long limit, double samplePercent,
                 double estimatedRows) {

    static RowSource whole(String table) {
        return new RowSource(table, null, "", 0, 0, 0);
    }

    /** {@code SELECT c1 AS k1, ... FROM t WHERE c1 IS NOT NULL AND ...} in this source's bounds. */
    String select(List<String> quotedColumns) {
        String columns = IntStream.range(0, quotedColumns.size())
                .mapToObj(i -> quotedColumns.get(i) + " AS k" + (i + 1)).collect(Collectors.joining(", "));
        String notNull = quotedColumns.stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" AND "));
        return "SELECT " + columns + " FROM " + from + " WHERE " + notNull + order
                + (limit > 0 ? " LIMIT " + limit : "");
    }

    /**
     * Which rows {@code rows} read rows are. A block sample scales up by its share of the table, unless the limit
     * cut it short (then by the estimate); the most recent rows hold whole days, which need no scaling.
     */
    RowsRead read(long rows) {
        if (sampling == null) {
            return RowsRead.all(rows);
        }
        if (samplePercent == 0 || rows == 0) {
            return new RowsRead(rows, sampling, 1);
        }
        return new RowsRead(rows, sampling, rows < limit ? 100 / samplePercent : Math.max(1, estimatedRows / rows));
    }

    /** {@code k1, k2, ...} for {@code size} key columns. */
    static String keys(int size) {
        return IntStream.rangeClosed(1, size).mapToObj(i -> "k" + i).collect(Collectors.joining(", "));
    }
}
