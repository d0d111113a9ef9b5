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
 * @param tail          {@code ORDER BY ... LIMIT n} of a bounded scan, or empty
 * @param sampling      how the sample is drawn, for messages; {@code null} for the whole table
 * @param estimatedRows the table's estimated rows when a sample's counts scale up to it, else 0
 */
record RowSource(String from, String tail, String sampling, double estimatedRows) {

    static RowSource whole(String table) {
        return new RowSource(table, "", null, 0);
    }

    /** {@code SELECT c1 AS k1, ... FROM t WHERE c1 IS NOT NULL AND ...} in this source's bounds. */
    String select(List<String> quotedColumns) {
        String columns = IntStream.range(0, quotedColumns.size())
                .mapToObj(i -> quotedColumns.get(i) + " AS k" + (i + 1)).collect(Collectors.joining(", "));
        String notNull = quotedColumns.stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" AND "));
        return "SELECT " + columns + " FROM " + from + " WHERE " + notNull + tail;
    }

    RowsRead read(long rows) {
        if (sampling == null) {
            return RowsRead.all(rows);
        }
        return new RowsRead(rows, sampling, estimatedRows > rows && rows > 0 ? estimatedRows / rows : 1);
    }

    /** {@code k1, k2, ...} for {@code size} key columns. */
    static String keys(int size) {
        return IntStream.rangeClosed(1, size).mapToObj(i -> "k" + i).collect(Collectors.joining(", "));
    }
}
