package io.github.schemaguard.source.live;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads a MariaDB or MySQL schema from {@code information_schema}: one set-based SELECT per kind of object
 * (tables, columns, index parts, foreign key parts, triggers) for all tables of the chosen databases at once,
 * so a crawl takes a handful of round trips whatever the number of tables. No SHOW statements.
 */
public final class MariaDbCatalog {

    /** The server's own databases, never crawled. */
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("mysql", "information_schema", "performance_schema",
            "sys");

    private static final String TABLES = "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_COMMENT"
            + " FROM information_schema.TABLES WHERE TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')"
            + " AND TABLE_SCHEMA IN %s";

    private static final String COLUMNS = "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE,"
            + " COLLATION_NAME, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION, COLUMN_COMMENT"
            + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN %s"
            + " ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION";

    /**
     * No ORDER BY: the server lists each table's keys in its own key order (primary key, unique keys, the
     * rest, each group in creation order) and their parts in sequence, which is what "the later of two
     * identical keys" needs; no column holds that order to sort by.
     */
    private static final String INDEXES = "SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME,"
            + " SUB_PART, INDEX_TYPE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN %s";

    private static final String FOREIGN_KEYS = "SELECT TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME,"
            + " REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE"
            + " WHERE REFERENCED_TABLE_NAME IS NOT NULL AND TABLE_SCHEMA IN %s"
            + " ORDER BY TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION";

    private static final String TRIGGERS = "SELECT EVENT_OBJECT_SCHEMA, EVENT_OBJECT_TABLE, TRIGGER_NAME,"
            + " ACTION_STATEMENT FROM information_schema.TRIGGERS WHERE EVENT_OBJECT_SCHEMA IN %s"
            + " ORDER BY EVENT_OBJECT_SCHEMA, EVENT_OBJECT_TABLE, ACTION_ORDER";

    private MariaDbCatalog() {
    }

    /**
     * Reads the tables of the databases {@code includeSchema} accepts (the server's own never) that
     * {@code includeTable} accepts. Tables of the connection's current database are left unqualified.
     *
     * @param displayUrl the connection's URL without credentials, for locations
     * @param progress   receives a line after each catalog query
     */
    public static Schema read(Connection connection, Predicate<String> includeSchema,
                              BiPredicate<String, String> includeTable, String displayUrl,
                              Consumer<String> progress) throws SQLException {
        CatalogProgress steps = new CatalogProgress("MariaDB", progress);
        List<String> schemas = new ArrayList<>();
        CatalogQuery.each(connection, "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY SCHEMA_NAME",
                List.of(), row -> {
                    String schema = row.getString(1);
                    if (!SYSTEM_SCHEMAS.contains(schema.toLowerCase(Locale.ROOT)) && includeSchema.test(schema)) {
                        schemas.add(schema);
                    }
                });
        CatalogTables tables = new CatalogTables(displayUrl, CatalogQuery.value(connection, "SELECT DATABASE()"),
                includeTable);
        if (schemas.isEmpty()) {
            return new Schema(Dialect.MYSQL, tables.build());
        }
        String scope = "(" + String.join(", ", Collections.nCopies(schemas.size(), "?")) + ")";
        CatalogQuery.each(connection, String.format(TABLES, scope), schemas,
                row -> tables.addTable(id(row), row.getString(1), row.getString(2), row.getString(3), null));
        steps.done("tables", tables.size());
        steps.done("columns", CatalogQuery.each(connection, String.format(COLUMNS, scope), schemas,
                row -> column(tables, row)));
        steps.done("index parts", readIndexes(connection, String.format(INDEXES, scope), schemas, tables));
        steps.done("foreign key parts", readForeignKeys(connection, String.format(FOREIGN_KEYS, scope), schemas,
                tables));
        steps.done("triggers", CatalogQuery.each(connection, String.format(TRIGGERS, scope), schemas, row -> {
            CatalogTables.Parts table = tables.table(id(row));
            if (table != null) {
                table.addTrigger(row.getString(3), row.getString(4));
            }
        }));
        return new Schema(Dialect.MYSQL, tables.build());
    }

    /** A table's identity in rows that start with its schema and name. */
    private static List<String> id(ResultSet row) throws SQLException {
        return List.of(row.getString(1), row.getString(2));
    }

    private static void column(CatalogTables tables, ResultSet row) throws SQLException {
        CatalogTables.Parts table = tables.table(id(row));
        if (table == null) {
            return;
        }
        String name = row.getString(3);
        String extra = row.getString(8) == null ? "" : row.getString(8).toLowerCase(Locale.ROOT);
        table.addColumn(new Column(name, row.getString(4), row.getString(5), "YES".equals(row.getString(6)),
                defaultExpression(row.getString(7)), CatalogTables.blankToNull(row.getString(9)),
                extra.contains("auto_increment"), CatalogTables.blankToNull(row.getString(10)),
                table.location(name)));
    }

    /** MariaDB spells "no default" and DEFAULT NULL as the text NULL; MySQL as SQL NULL. */
    private static String defaultExpression(String text) {
        return text == null || text.equalsIgnoreCase("NULL") ? null : text;
    }

    private static int readIndexes(Connection connection, String sql, List<String> schemas, CatalogTables tables)
            throws SQLException {
        RowGroups<PendingKey> keys = new RowGroups<>();
        int rows = CatalogQuery.each(connection, sql, schemas, row -> {
            PendingKey key = keys.groupOf(List.of(row.getString(1), row.getString(2), row.getString(3)), () -> {
                CatalogTables.Parts table = tables.table(id(row));
                String name = row.getString(3);
                KeyKind kind = name.equals("PRIMARY") ? KeyKind.PRIMARY_KEY
                        : row.getInt(4) == 0 ? KeyKind.UNIQUE_INDEX : KeyKind.INDEX;
                return table == null ? null : new PendingKey(table, kind == KeyKind.PRIMARY_KEY ? null : name,
                        kind, null, true, row.getString(7));
            });
            if (key != null) {
                key.column(row.getString(5), row.getInt(6));
            }
        });
        keys.groups().forEach(PendingKey::addToTable);
        return rows;
    }

    private static int readForeignKeys(Connection connection, String sql, List<String> schemas,
                                       CatalogTables tables) throws SQLException {
        RowGroups<PendingForeignKey> foreignKeys = new RowGroups<>();
        int rows = CatalogQuery.each(connection, sql, schemas, row -> {
            PendingForeignKey foreignKey = foreignKeys.groupOf(List.of(row.getString(1), row.getString(2),
                    row.getString(3)), () -> {
                        CatalogTables.Parts table = tables.table(id(row));
                        return table == null ? null
                                : new PendingForeignKey(table, row.getString(3), row.getString(5));
                    });
            if (foreignKey != null) {
                foreignKey.reference(row.getString(4), row.getString(6));
            }
        });
        foreignKeys.groups().forEach(PendingForeignKey::addToTable);
        return rows;
    }
}
