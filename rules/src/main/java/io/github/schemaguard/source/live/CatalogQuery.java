package io.github.schemaguard.source.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Runs one catalog SELECT with its parameters and hands every row to a callback. */
final class CatalogQuery {

    /** What a reader does with one row. */
    @FunctionalInterface
    interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private CatalogQuery() {
    }

    /** Runs {@code sql} (a SELECT on catalog tables, nothing else) and returns the number of rows read. */
    static int each(Connection connection, String sql, List<?> parameters, Row row) throws SQLException {
        int count = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            // Large catalogs stream instead of arriving in one piece (PostgreSQL honours this outside autocommit).
            statement.setFetchSize(5_000);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                    count++;
                }
            }
        }
        return count;
    }

    /** The single value of a one-row, one-column query, or {@code null} when it returns no row. */
    static String value(Connection connection, String sql) throws SQLException {
        String[] value = new String[1];
        each(connection, sql, List.of(), row -> value[0] = row.getString(1));
        return value[0];
    }
}
