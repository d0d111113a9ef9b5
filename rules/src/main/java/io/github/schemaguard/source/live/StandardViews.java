package io.github.schemaguard.source.live;

import schemacrawler.schemacrawler.InformationSchemaKey;
import schemacrawler.schemacrawler.InformationSchemaViews;
import schemacrawler.schemacrawler.InformationSchemaViewsBuilder;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL standard's INFORMATION_SCHEMA views, for what plain JDBC metadata does not tell: unique constraints
 * (as opposed to unique indexes), generated column expressions and trigger bodies. Used only where the database
 * has the view (H2, HSQLDB do; SQLite does not); SchemaCrawler's database plugins would do this per engine.
 */
final class StandardViews {

    /** What SchemaCrawler asks each view for; the constraint columns come in key order. */
    private static final Map<InformationSchemaKey, String> QUERIES = Map.of(
            InformationSchemaKey.TABLE_CONSTRAINTS, "SELECT * FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS",
            InformationSchemaKey.CONSTRAINT_COLUMN_USAGE, "SELECT * FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"
                    + " ORDER BY CONSTRAINT_SCHEMA, CONSTRAINT_NAME, ORDINAL_POSITION",
            InformationSchemaKey.TRIGGERS, "SELECT * FROM INFORMATION_SCHEMA.TRIGGERS",
            InformationSchemaKey.ADDITIONAL_COLUMN_ATTRIBUTES, "SELECT TABLE_CATALOG, TABLE_SCHEMA, TABLE_NAME,"
                    + " COLUMN_NAME, GENERATION_EXPRESSION FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE GENERATION_EXPRESSION IS NOT NULL");

    /** The view each query reads, and a column it needs that not every engine has. */
    private static final Map<InformationSchemaKey, String[]> NEEDS = Map.of(
            InformationSchemaKey.TABLE_CONSTRAINTS, new String[] {"TABLE_CONSTRAINTS", "CONSTRAINT_TYPE"},
            InformationSchemaKey.CONSTRAINT_COLUMN_USAGE, new String[] {"KEY_COLUMN_USAGE", "ORDINAL_POSITION"},
            InformationSchemaKey.TRIGGERS, new String[] {"TRIGGERS", "EVENT_OBJECT_TABLE"},
            InformationSchemaKey.ADDITIONAL_COLUMN_ATTRIBUTES, new String[] {"COLUMNS", "GENERATION_EXPRESSION"});

    private StandardViews() {
    }

    static InformationSchemaViews of(Connection connection) throws SQLException {
        InformationSchemaViewsBuilder views = InformationSchemaViewsBuilder.builder();
        DatabaseMetaData metaData = connection.getMetaData();
        for (Map.Entry<InformationSchemaKey, String> query : QUERIES.entrySet()) {
            String[] needs = NEEDS.get(query.getKey());
            if (hasColumn(metaData, needs[0], needs[1])) {
                views.withSql(query.getKey(), query.getValue());
            }
        }
        return views.toOptions();
    }

    /** Looks in both cases: H2 with DATABASE_TO_LOWER and PostgreSQL store catalog names in lower case. */
    private static boolean hasColumn(DatabaseMetaData metaData, String view, String column) throws SQLException {
        return hasExactColumn(metaData, "INFORMATION_SCHEMA", view, column)
                || hasExactColumn(metaData, "information_schema", view.toLowerCase(Locale.ROOT),
                        column.toLowerCase(Locale.ROOT));
    }

    private static boolean hasExactColumn(DatabaseMetaData metaData, String schema, String view, String column)
            throws SQLException {
        try (ResultSet columns = metaData.getColumns(null, schema, view, column)) {
            return columns.next();
        }
    }
}
