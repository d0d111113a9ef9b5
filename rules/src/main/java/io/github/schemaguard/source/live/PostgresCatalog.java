package io.github.schemaguard.source.live;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Schema;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads a PostgreSQL schema straight from {@code pg_catalog}: one set-based SELECT per kind of object (tables,
 * columns, indexes, foreign keys, triggers) for all tables at once, so a crawl of thousands of tables takes a
 * handful of round trips. {@code information_schema} is avoided: its views check privileges row by row and
 * are some fifty times slower on large schemas. Needs PostgreSQL 12 or later.
 */
public final class PostgresCatalog {

    /** Ordinary and partitioned tables, in the schemas the user asked for. */
    private static final String TABLE_SCOPE = " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?)";

    /** With the parent of a partition, so rules report a partitioned table's findings once, on the parent. */
    private static final String TABLES = "SELECT c.oid, n.nspname, c.relname, d.description,"
            + " (SELECT i.inhparent FROM pg_inherits i WHERE i.inhrelid = c.oid AND c.relispartition) FROM pg_class c"
            + " LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass"
            + " AND d.objsubid = 0" + TABLE_SCOPE;

    /** The collation only when it differs from the type's default, as DDL names it only then. */
    private static final String COLUMNS = "SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod),"
            + " a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated,"
            + " CASE WHEN a.attcollation <> t.typcollation THEN co.collname END, d.description"
            + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid"
            + " LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
            + " LEFT JOIN pg_collation co ON co.oid = a.attcollation"
            + " LEFT JOIN pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass"
            + " AND d.objsubid = a.attnum" + TABLE_SCOPE + " AND a.attnum > 0 AND NOT a.attisdropped"
            + " ORDER BY a.attrelid, a.attnum";

    /**
     * One row per index part, indexes in creation (OID) order so that "the later of two identical keys" means
     * what it means in the DDL. Expression parts (attnum 0) come as text; parts after indnkeyatts are INCLUDE
     * columns. unnest, unlike generate_series, lets the planner see a handful of parts per index.
     */
    private static final String INDEXES = "SELECT i.indrelid, i.indexrelid, ic.relname, i.indisprimary,"
            + " i.indisunique, con.contype, am.amname, pg_get_expr(i.indpred, i.indrelid), %s, k.n,"
            + " i.indnkeyatts, a.attname,"
            + " CASE WHEN k.attnum = 0 THEN pg_get_indexdef(i.indexrelid, k.n::int, false) END"
            + " FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid"
            + " JOIN pg_am am ON am.oid = ic.relam"
            + " LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid"
            + " AND con.contype IN ('p', 'u')"
            + " CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)"
            + " LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
            + TABLE_SCOPE + " ORDER BY i.indrelid, i.indexrelid, k.n";

    /**
     * Foreign keys, skipping the copies PostgreSQL adds on the same table for each partition of a partitioned
     * table it references.
     */
    private static final String FOREIGN_KEYS = "SELECT con.conrelid, con.oid, con.conname, rc.relname,"
            + " a.attname, ra.attname FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
            + " JOIN pg_class rc ON rc.oid = con.confrelid"
            + " CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(col, refcol, n)"
            + " JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.col"
            + " JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.refcol"
            + TABLE_SCOPE + " AND con.contype = 'f' AND NOT EXISTS (SELECT 1 FROM pg_constraint p"
            + " WHERE p.oid = con.conparentid AND p.conrelid = con.conrelid)"
            + " ORDER BY con.conrelid, con.oid, k.n";

    /** A trigger's body is its function's source: that is where PL/pgSQL assigns NEW.column. */
    private static final String TRIGGERS = "SELECT t.tgrelid, t.tgname, p.prosrc FROM pg_trigger t"
            + " JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid"
            + TABLE_SCOPE + " AND NOT t.tgisinternal ORDER BY t.tgrelid, t.tgname";

    private static final String SCHEMAS = "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
            + " AND nspname <> 'information_schema' ORDER BY nspname";

    private PostgresCatalog() {
    }

    /**
     * Reads the tables of the schemas {@code includeSchema} accepts (system schemas never) that
     * {@code includeTable} accepts.
     *
     * @param displayUrl the connection's URL without credentials, for locations
     * @param progress   receives a line after each catalog query
     */
    public static Schema read(Connection connection, Predicate<String> includeSchema,
                              BiPredicate<String, String> includeTable, String displayUrl,
                              Consumer<String> progress) throws SQLException {
        CatalogProgress steps = new CatalogProgress("PostgreSQL", progress);
        List<String> schemas = new ArrayList<>();
        CatalogQuery.each(connection, SCHEMAS, List.of(), row -> {
            if (includeSchema.test(row.getString(1))) {
                schemas.add(row.getString(1));
            }
        });
        List<Array> scope = List.of(connection.createArrayOf("text", schemas.toArray()));
        CatalogTables tables = new CatalogTables(displayUrl, CatalogQuery.value(connection,
                "SELECT current_schema()"), includeTable);
        CatalogQuery.each(connection, TABLES, scope,
                row -> tables.addTable(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getObject(5) == null ? null : row.getLong(5)));
        steps.done("tables", tables.size());
        steps.done("columns", CatalogQuery.each(connection, COLUMNS, scope, row -> column(tables, row)));
        boolean nullsNotDistinct = connection.getMetaData().getDatabaseMajorVersion() >= 15;
        steps.done("index parts", readIndexes(connection, scope, tables, nullsNotDistinct));
        steps.done("foreign key parts", readForeignKeys(connection, scope, tables));
        steps.done("triggers", CatalogQuery.each(connection, TRIGGERS, scope, row -> {
            CatalogTables.Parts table = tables.table(row.getLong(1));
            if (table != null) {
                table.addTrigger(row.getString(2), row.getString(3));
            }
        }));
        return new Schema(Dialect.POSTGRESQL, tables.build());
    }

    private static void column(CatalogTables tables, ResultSet row) throws SQLException {
        CatalogTables.Parts table = tables.table(row.getLong(1));
        if (table == null) {
            return;
        }
        String name = row.getString(2);
        String expression = row.getString(5);
        boolean generated = "s".equals(row.getString(7));
        boolean identity = !row.getString(6).isEmpty();
        boolean sequenceDefault = expression != null && expression.startsWith("nextval(");
        table.addColumn(new Column(name, row.getString(3), row.getString(8), !row.getBoolean(4),
                generated ? null : expression, generated ? expression : null, identity || sequenceDefault,
                row.getString(9), table.location(name)));
    }

    private static int readIndexes(Connection connection, List<Array> scope, CatalogTables tables,
                                   boolean nullsNotDistinct) throws SQLException {
        String sql = String.format(INDEXES, nullsNotDistinct ? "i.indnullsnotdistinct" : "false");
        RowGroups<PendingKey> keys = new RowGroups<>();
        int rows = CatalogQuery.each(connection, sql, scope, row -> {
            PendingKey key = keys.groupOf(row.getLong(2), () -> {
                CatalogTables.Parts table = tables.table(row.getLong(1));
                return table == null ? null : new PendingKey(table, row.getString(3), kind(row),
                        row.getString(8), !row.getBoolean(9), row.getString(7));
            });
            String expression = row.getString(13);
            if (key == null) {
                return;
            }
            if (row.getInt(10) > row.getInt(11)) {
                key.include(row.getString(12));
            } else if (expression != null) {
                key.expression(expression);
            } else {
                key.column(row.getString(12), 0);
            }
        });
        keys.groups().forEach(PendingKey::addToTable);
        return rows;
    }

    private static KeyKind kind(ResultSet row) throws SQLException {
        if (row.getBoolean(4)) {
            return KeyKind.PRIMARY_KEY;
        }
        if ("u".equals(row.getString(6))) {
            return KeyKind.UNIQUE_CONSTRAINT;
        }
        return row.getBoolean(5) ? KeyKind.UNIQUE_INDEX : KeyKind.INDEX;
    }

    private static int readForeignKeys(Connection connection, List<Array> scope, CatalogTables tables)
            throws SQLException {
        RowGroups<PendingForeignKey> foreignKeys = new RowGroups<>();
        int rows = CatalogQuery.each(connection, FOREIGN_KEYS, scope, row -> {
            PendingForeignKey foreignKey = foreignKeys.groupOf(row.getLong(2), () -> {
                CatalogTables.Parts table = tables.table(row.getLong(1));
                return table == null ? null : new PendingForeignKey(table, row.getString(3), row.getString(4));
            });
            if (foreignKey != null) {
                foreignKey.reference(row.getString(5), row.getString(6));
            }
        });
        foreignKeys.groups().forEach(PendingForeignKey::addToTable);
        return rows;
    }
}
