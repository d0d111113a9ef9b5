package io.github.schemaguard.model;

import java.util.List;
import java.util.Optional;

/**
 * A table after all migrations were applied.
 *
 * @param schema     the schema qualifier as written, or {@code null}
 * @param primaryKey the primary key, or {@code null}
 * @param keys       unique constraints, unique indexes and plain indexes (not the primary key)
 * @param partitionOf the qualified name of the partitioned table this one is a partition of (PostgreSQL's
 *                    {@code PARTITION OF}, {@code ATTACH PARTITION}), or {@code null}: a partition repeats its
 *                    parent's columns and keys, so rules about them speak on the parent only
 */
public record Table(String schema, String name, List<Column> columns, Key primaryKey, List<Key> keys,
                    List<ForeignKey> foreignKeys, List<Trigger> triggers, String comment,
                    Location location, String partitionOf) {

    public Table {
        columns = List.copyOf(columns);
        keys = List.copyOf(keys);
        foreignKeys = List.copyOf(foreignKeys);
        triggers = List.copyOf(triggers);
    }

    /** A table that is not a partition of another. */
    public Table(String schema, String name, List<Column> columns, Key primaryKey, List<Key> keys,
                 List<ForeignKey> foreignKeys, List<Trigger> triggers, String comment, Location location) {
        this(schema, name, columns, primaryKey, keys, foreignKeys, triggers, comment, location, null);
    }

    public boolean isPartition() {
        return partitionOf != null;
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.hasName(columnName)).findFirst();
    }

    public Optional<Key> primaryKeyOptional() {
        return Optional.ofNullable(primaryKey);
    }

    /** The primary key followed by every unique constraint and unique index. */
    public List<Key> uniqueKeys() {
        return java.util.stream.Stream.concat(primaryKeyOptional().stream(),
                keys.stream().filter(Key::isUnique)).toList();
    }

    public boolean isReferencedByForeignKey(String columnName) {
        return foreignKeys.stream().anyMatch(fk -> fk.columns().stream().anyMatch(c -> Names.same(c, columnName)));
    }

    /** {@code schema.table}, or just the table name when unqualified. */
    public String qualifiedName() {
        return schema == null ? name : schema + "." + name;
    }

    public boolean hasName(String other) {
        return Names.same(name, other);
    }
}
