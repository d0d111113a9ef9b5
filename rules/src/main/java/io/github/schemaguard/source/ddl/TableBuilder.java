package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.DroppedKey;
import io.github.schemaguard.model.ForeignKey;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.model.Trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** A table while migrations are still being applied; {@link #freeze()} gives the immutable model. */
final class TableBuilder {
    /** The MySQL types a table's default collation applies to. */
    private static final Pattern TEXT_TYPE = Pattern.compile(
            "(?i)(?:(?:var)?char|(?:tiny|medium|long)?text|enum|set|character|national|n(?:var)?char)\\b");

    private final String schema;
    private String name;
    private final Location location;
    private final List<ColumnBuilder> columns = new ArrayList<>();
    private Key primaryKey;
    private final List<Key> keys = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Trigger> triggers = new ArrayList<>();
    /** Unique keys and primary keys dropped while the table existed, for {@code unique-key-dropped}. */
    private final List<Dropped> droppedUniqueKeys = new ArrayList<>();
    private String comment;
    /** The partitioned table this one is a partition of (PostgreSQL), or {@code null}. */
    private TableBuilder parent;
    /** Whether the parent's keys were taken already ({@link #inheritPartitionKeys()}). */
    private boolean keysInherited;

    TableBuilder(String schema, String name, Location location) {
        this.schema = schema;
        this.name = name;
        this.location = location;
    }

    String schema() {
        return schema;
    }

    String name() {
        return name;
    }

    private String qualifiedName() {
        return schema == null ? name : schema + "." + name;
    }

    void rename(String newName) {
        name = newName;
        triggers.replaceAll(t -> new Trigger(t.name(), newName, t.body(), t.location()));
    }

    void comment(String text) {
        comment = text;
    }

    /**
     * Makes this table a partition of {@code parent} (ATTACH PARTITION, PARTITION OF). The parent is held, not its
     * name, so that renaming it keeps the link.
     */
    void attachTo(TableBuilder parent) {
        this.parent = parent;
        keysInherited = false;
    }

    /** DETACH PARTITION: the table keeps the keys it had as a partition and stands on its own. */
    void detach() {
        inheritPartitionKeys();
        parent = null;
    }

    /** A partition whose parent was dropped is no longer one (PostgreSQL drops it along; the reader keeps it). */
    void forgetParent(TableBuilder dropped) {
        if (parent == dropped) {
            parent = null;
        }
    }

    /** CREATE TABLE ... PARTITION OF: the partition starts with the parent's columns, as PostgreSQL copies them. */
    void copyColumnsOf(TableBuilder parent) {
        parent.columns.forEach(c -> putColumn(c.partitionCopy()));
    }

    /**
     * PostgreSQL gives every partition its parent's primary key and unique keys. They are taken only when the
     * schema is complete (or the partition is detached, which keeps them), because pg_dump adds the parent's keys
     * after attaching the partitions. A parent that is itself a partition takes its own parent's keys first; keys
     * are taken once, so a (malformed) cycle of partitions ends.
     */
    void inheritPartitionKeys() {
        if (parent == null || keysInherited) {
            return;
        }
        keysInherited = true;
        parent.inheritPartitionKeys();
        if (primaryKey == null && parent.primaryKey != null) {
            primaryKey(parent.primaryKey);
        }
        parent.keys.stream().filter(Key::isUnique).filter(k -> !hasUniqueKeyLike(k)).forEach(keys::add);
    }

    /** Whether a unique key (or the primary key) of this table has the same parts; pg_dump also lists them. */
    private boolean hasUniqueKeyLike(Key key) {
        return (primaryKey != null && sameParts(primaryKey, key)) || keys.stream()
                .anyMatch(k -> k.isUnique() && sameParts(k, key));
    }

    private static boolean sameParts(Key a, Key b) {
        return a.columns().size() == b.columns().size() && Objects.equals(a.predicate(), b.predicate())
                && IntStream.range(0, a.columns().size())
                .allMatch(i -> Names.same(a.columns().get(i), b.columns().get(i)));
    }

    /**
     * MySQL's table-level {@code DEFAULT CHARSET=x COLLATE=y}: the collation of every text column that declares
     * none. A {@code binary} character set means the binary collation.
     */
    void defaultCollation(String collation) {
        columns.stream().filter(c -> c.collation == null && TEXT_TYPE.matcher(c.type).lookingAt())
                .forEach(c -> c.collation = collation);
    }

    Optional<ColumnBuilder> column(String columnName) {
        return columns.stream().filter(c -> Names.same(c.name, columnName)).findFirst();
    }

    /** Adds a column, or replaces the definition of a column with the same name in place. */
    void putColumn(ColumnBuilder column) {
        replaceColumn(column.name, column);
    }

    /**
     * MySQL CHANGE / MODIFY: a new definition, possibly under a new name, at the old column's position. A
     * primary-key column stays NOT NULL whatever the new definition says, as the databases keep it.
     */
    void replaceColumn(String oldName, ColumnBuilder column) {
        int index = indexOf(oldName);
        if (index < 0) {
            columns.add(column);
        } else {
            columns.set(index, column);
            renameInKeys(oldName, column.name);
        }
        if (primaryKey != null && primaryKey.coversColumn(column.name)) {
            column.nullable = false;
        }
    }

    void renameColumn(String oldName, String newName) {
        column(oldName).ifPresent(c -> c.name = newName);
        renameInKeys(oldName, newName);
    }

    /** Drops the column and its key parts; a key left without parts goes away, remembered if it was unique. */
    void dropColumn(String columnName, Location droppedAt) {
        columns.removeIf(c -> Names.same(c.name, columnName));
        uniqueKeys().filter(k -> k.columns().size() == 1 && k.coversColumn(columnName))
                .forEach(k -> remember(k, droppedAt));
        primaryKey = primaryKey == null ? null : withoutColumn(primaryKey, columnName);
        List<Key> remaining = keys.stream().map(k -> withoutColumn(k, columnName)).filter(k -> k != null).toList();
        keys.clear();
        keys.addAll(remaining);
        foreignKeys.removeIf(fk -> fk.columns().stream().anyMatch(c -> Names.same(c, columnName)));
    }

    /** Sets the primary key; its columns become NOT NULL as every dialect makes them. */
    void primaryKey(Key key) {
        primaryKey = key;
        key.columns().forEach(c -> column(c).ifPresent(column -> column.nullable = false));
    }

    void dropPrimaryKey(Location droppedAt) {
        if (primaryKey != null) {
            remember(primaryKey, droppedAt);
        }
        primaryKey = null;
    }

    /** Adds a key; one with the same name is replaced (re-created index). */
    void addKey(Key key) {
        if (key.name() != null) {
            keys.removeIf(k -> Names.same(k.name(), key.name()));
        }
        keys.add(key);
    }

    void addForeignKey(ForeignKey foreignKey) {
        foreignKeys.add(foreignKey);
    }

    void addTrigger(Trigger trigger) {
        triggers.removeIf(t -> Names.same(t.name(), trigger.name()));
        triggers.add(trigger);
    }

    /** Removes an index a constraint takes over (PostgreSQL's USING INDEX): the key lives on, nothing was dropped. */
    void removeIndexTakenOver(String indexName) {
        keys.removeIf(k -> Names.same(k.name(), indexName));
    }

    boolean hasKeyNamed(String keyName) {
        return key(keyName).isPresent();
    }

    Optional<Key> key(String keyName) {
        return keys.stream().filter(k -> Names.same(k.name(), keyName)).findFirst();
    }

    /**
     * Drops a constraint or index by name: the primary key, a key or a foreign key. When nothing carries
     * the name, the unnamed key the database would have given that name is dropped. A dropped unique key is
     * remembered with the dropping statement's location.
     */
    boolean dropNamed(String constraintName, Location droppedAt) {
        keys.stream().filter(k -> Names.same(k.name(), constraintName) && k.isUnique())
                .forEach(k -> remember(k, droppedAt));
        boolean dropped = keys.removeIf(k -> Names.same(k.name(), constraintName));
        dropped |= foreignKeys.removeIf(fk -> Names.same(fk.name(), constraintName));
        if (primaryKey != null && Names.same(primaryKey.name(), constraintName)) {
            dropPrimaryKey(droppedAt);
            dropped = true;
        }
        return dropped || dropUnnamed(constraintName, droppedAt);
    }

    private boolean dropUnnamed(String constraintName, Location droppedAt) {
        if (primaryKey != null && primaryKey.name() == null
                && ImplicitNames.matches(name, KeyKind.PRIMARY_KEY, primaryKey.columns(), constraintName)) {
            primaryKey = withName(primaryKey, constraintName);
            dropPrimaryKey(droppedAt);
            return true;
        }
        for (Key key : keys) {
            if (key.name() == null && ImplicitNames.matches(name, key.kind(), key.columns(), constraintName)) {
                if (key.isUnique()) {
                    remember(withName(key, constraintName), droppedAt);
                }
                return keys.remove(key);
            }
        }
        return foreignKeys.removeIf(fk -> fk.name() == null
                && ImplicitNames.matchesForeignKey(name, fk.columns(), constraintName));
    }

    /** Renames an index or constraint: a key, the primary key or a foreign key. */
    void renameKey(String oldName, String newName) {
        keys.replaceAll(k -> Names.same(k.name(), oldName) ? withName(k, newName) : k);
        if (primaryKey != null && Names.same(primaryKey.name(), oldName)) {
            primaryKey = withName(primaryKey, newName);
        }
        foreignKeys.replaceAll(fk -> Names.same(fk.name(), oldName) ? new ForeignKey(newName, fk.columns(),
                fk.referencedTable(), fk.referencedColumns(), fk.location()) : fk);
    }

    private static Key withName(Key key, String name) {
        return new Key(name, key.kind(), key.columns(), key.expression(), key.predicate(), key.nullsDistinct(),
                key.location()).withStorageOf(key);
    }

    boolean dropTrigger(String triggerName) {
        return triggers.removeIf(t -> Names.same(t.name(), triggerName));
    }

    Table freeze() {
        return new Table(schema, name, columns.stream().map(ColumnBuilder::freeze).toList(), primaryKey, keys,
                foreignKeys, triggers, comment, location, parent == null ? null : parent.qualifiedName());
    }

    /** The unique keys dropped from this table, in drop order, each tied to {@code frozen}, this table's model. */
    List<DroppedKey> droppedKeys(Table frozen) {
        return droppedUniqueKeys.stream().map(d -> new DroppedKey(frozen, d.key(), d.location())).toList();
    }

    private Stream<Key> uniqueKeys() {
        return Stream.concat(Stream.ofNullable(primaryKey),
                keys.stream().filter(Key::isUnique));
    }

    private void remember(Key key, Location droppedAt) {
        droppedUniqueKeys.add(new Dropped(key, droppedAt));
    }

    private int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (Names.same(columns.get(i).name, columnName)) {
                return i;
            }
        }
        return -1;
    }

    private void renameInKeys(String oldName, String newName) {
        if (Names.same(oldName, newName)) {
            return;
        }
        primaryKey = primaryKey == null ? null : renamed(primaryKey, oldName, newName);
        keys.replaceAll(k -> renamed(k, oldName, newName));
        droppedUniqueKeys.replaceAll(d -> new Dropped(renamed(d.key(), oldName, newName), d.location()));
        foreignKeys.replaceAll(fk -> new ForeignKey(fk.name(), rename(fk.columns(), oldName, newName),
                fk.referencedTable(), fk.referencedColumns(), fk.location()));
    }

    private static Key renamed(Key key, String oldName, String newName) {
        return new Key(key.name(), key.kind(), rename(key.columns(), oldName, newName), key.expression(),
                key.predicate(), key.nullsDistinct(), key.location()).withStorageOf(key);
    }

    private static List<String> rename(List<String> names, String oldName, String newName) {
        return names.stream().map(n -> Names.same(n, oldName) ? newName : n).toList();
    }

    private static Key withoutColumn(Key key, String columnName) {
        if (!key.coversColumn(columnName)) {
            return key;
        }
        List<String> rest = key.columns().stream().filter(c -> !Names.same(c, columnName)).toList();
        return rest.isEmpty() ? null : new Key(key.name(), key.kind(), rest, key.expression(), key.predicate(),
                key.nullsDistinct(), key.location()).withStorageOf(key);
    }

    /** A unique key and where it was dropped. */
    private record Dropped(Key key, Location location) {
    }
}
