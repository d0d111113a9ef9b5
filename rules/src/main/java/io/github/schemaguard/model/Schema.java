package io.github.schemaguard.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole schema the rules check: every table after all migrations, in a stable order. Tables are looked up
 * by name through an index built once: rules look tables up per foreign key and per statement, and a scan each
 * time made large schemas quadratic.
 */
public final class Schema {

    private final Dialect dialect;
    private final List<Table> tables;
    private final List<DroppedKey> droppedKeys;
    /** The first table of each name, by {@link Names#key}. */
    private final Map<String, Table> tablesByName = new HashMap<>();

    /**
     * @param droppedKeys unique keys the migrations dropped from tables that still exist, in migration order
     */
    public Schema(Dialect dialect, List<Table> tables, List<DroppedKey> droppedKeys) {
        this.dialect = dialect;
        this.tables = List.copyOf(tables);
        this.droppedKeys = List.copyOf(droppedKeys);
        this.tables.forEach(t -> tablesByName.putIfAbsent(Names.key(t.name()), t));
    }

    /** A schema with no migration history, such as a live database's. */
    public Schema(Dialect dialect, List<Table> tables) {
        this(dialect, tables, List.of());
    }

    public Dialect dialect() {
        return dialect;
    }

    public List<Table> tables() {
        return tables;
    }

    public List<DroppedKey> droppedKeys() {
        return droppedKeys;
    }

    /**
     * The tables whose columns and keys are their own: every table but partitions, which repeat their parent's.
     * Rules about columns and keys read these, so that a finding is reported once, on the parent.
     */
    public List<Table> tablesWithoutPartitions() {
        return tables.stream().filter(t -> !t.isPartition()).toList();
    }

    /** The first table with this name, compared as SQL compares unquoted names. */
    public Optional<Table> table(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(tablesByName.get(Names.key(name)));
    }
}
