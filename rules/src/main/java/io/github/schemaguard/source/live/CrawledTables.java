package io.github.schemaguard.source.live;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.ForeignKey;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.model.Trigger;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.Index;
import schemacrawler.schema.IndexColumn;
import schemacrawler.schema.PrimaryKey;
import schemacrawler.schema.TableConstraint;
import schemacrawler.schema.TableConstraintColumn;
import schemacrawler.schema.TableConstraintType;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** SchemaCrawler's tables in the project's model, located by display URL and {@code schema.table.column}. */
final class CrawledTables {

    /** JDBC types whose declared length is part of the type: {@code varchar(32)}. */
    private static final Set<Integer> SIZED_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR,
            Types.BINARY, Types.VARBINARY);
    private static final Set<Integer> DECIMAL_TYPES = Set.of(Types.DECIMAL, Types.NUMERIC);

    private final String displayUrl;
    private final String defaultSchema;

    CrawledTables(String displayUrl, String defaultSchema) {
        this.displayUrl = displayUrl;
        this.defaultSchema = defaultSchema;
    }

    /** The schema of a table: its schema, or for engines without schemas (MySQL) its catalog. */
    String schemaName(schemacrawler.schema.Table table) {
        String schema = table.getSchema().getName();
        return schema != null ? schema : table.getSchema().getCatalogName();
    }

    /** The last part of a SchemaCrawler full name such as {@code CATALOG.SCHEMA}, unquoted. */
    static String lastPart(String fullName) {
        int dot = fullName.lastIndexOf('.');
        return Names.unquote(dot < 0 ? fullName : fullName.substring(dot + 1));
    }

    Table table(schemacrawler.schema.Table table) {
        String schema = schemaName(table);
        String prefix = displayUrl + "/" + (schema == null ? "" : schema + ".") + table.getName();
        Location location = Location.of(prefix, 0, 0);
        List<Column> columns = table.getColumns().stream().map(column -> column(column, prefix)).toList();
        Key primaryKey = primaryKey(table.getPrimaryKey(), location);
        List<Key> keys = keys(table, primaryKey, location);
        List<ForeignKey> foreignKeys = table.getImportedForeignKeys().stream()
                .map(fk -> foreignKey(fk, location)).toList();
        List<Trigger> triggers = table.getTriggers().stream()
                .map(trigger -> new Trigger(trigger.getName(), table.getName(), trigger.getActionStatement(),
                        location))
                .toList();
        String qualifier = schema == null || schema.equalsIgnoreCase(defaultSchema) ? null : schema;
        return new Table(qualifier, table.getName(), columns, primaryKey, keys, foreignKeys, triggers,
                blankToNull(table.getRemarks()), location);
    }

    private static Column column(schemacrawler.schema.Column column, String tablePrefix) {
        return new Column(column.getName(), type(column), null, column.isNullable(),
                blankToNull(column.getDefaultValue()), blankToNull(column.getAttribute("GENERATION_EXPRESSION", "")),
                column.isAutoIncremented(),
                blankToNull(column.getRemarks()), Location.of(tablePrefix + "." + column.getName(), 0, 0));
    }

    /** The declared type as DDL spells it, {@code varchar(32)}, {@code decimal(12,2)}, {@code bigint}. */
    static String type(schemacrawler.schema.Column column) {
        String name = column.getColumnDataType().getDatabaseSpecificTypeName().toLowerCase(Locale.ROOT);
        if (name.contains("(")) {
            return name;
        }
        int jdbcType = column.getColumnDataType().getJavaSqlType().getVendorTypeNumber();
        if (SIZED_TYPES.contains(jdbcType) && column.getSize() > 0) {
            return name + "(" + column.getSize() + ")";
        }
        if (DECIMAL_TYPES.contains(jdbcType) && column.getSize() > 0) {
            return name + "(" + column.getSize() + "," + column.getDecimalDigits() + ")";
        }
        return name;
    }

    private static Key primaryKey(PrimaryKey primaryKey, Location location) {
        return primaryKey == null ? null
                : new Key(primaryKey.getName(), KeyKind.PRIMARY_KEY, constrained(primaryKey), false, null, true,
                        location);
    }

    /**
     * Unique constraints, then the indexes that do not merely back the primary key or a unique constraint
     * (engines create one for each): a rule must not see one key twice.
     */
    private static List<Key> keys(schemacrawler.schema.Table table, Key primaryKey, Location location) {
        List<Key> keys = new ArrayList<>();
        List<Key> uniqueConstraints = table.getTableConstraints().stream()
                .filter(constraint -> constraint.getType() == TableConstraintType.unique)
                .map(constraint -> new Key(constraint.getName(), KeyKind.UNIQUE_CONSTRAINT, constrained(constraint),
                        false, null, true, location))
                .toList();
        keys.addAll(uniqueConstraints);
        table.getIndexes().stream()
                .sorted(Comparator.comparing(Index::getName))
                .map(index -> index(index, location))
                .filter(index -> !backsKey(index, primaryKey, uniqueConstraints))
                .forEach(keys::add);
        return keys;
    }

    private static Key index(Index index, Location location) {
        List<String> columns = index.getColumns().stream()
                .sorted(Comparator.comparingInt(IndexColumn::getIndexOrdinalPosition))
                .map(IndexColumn::getName).toList();
        return new Key(index.getName(), index.isUnique() ? KeyKind.UNIQUE_INDEX : KeyKind.INDEX, columns, false,
                null, true, location);
    }

    private static boolean backsKey(Key index, Key primaryKey, List<Key> uniqueConstraints) {
        return index.isUnique() && (sameColumns(index, primaryKey)
                || uniqueConstraints.stream().anyMatch(constraint -> sameColumns(index, constraint)));
    }

    private static boolean sameColumns(Key a, Key b) {
        return b != null && a.columns().size() == b.columns().size()
                && a.columns().stream().allMatch(b::coversColumn);
    }

    private static List<String> constrained(TableConstraint constraint) {
        return constraint.getConstrainedColumns().stream()
                .sorted(Comparator.comparingInt(TableConstraintColumn::getTableConstraintOrdinalPosition))
                .map(TableConstraintColumn::getName).toList();
    }

    private static ForeignKey foreignKey(schemacrawler.schema.ForeignKey foreignKey, Location location) {
        List<ColumnReference> references = foreignKey.getColumnReferences().stream()
                .sorted(Comparator.comparingInt(ColumnReference::getKeySequence)).toList();
        return new ForeignKey(foreignKey.getName(),
                references.stream().map(reference -> reference.getForeignKeyColumn().getName()).toList(),
                references.get(0).getPrimaryKeyColumn().getParent().getName(),
                references.stream().map(reference -> reference.getPrimaryKeyColumn().getName()).toList(),
                location);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
