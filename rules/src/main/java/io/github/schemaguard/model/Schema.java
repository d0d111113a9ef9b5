package io.github.schemaguard.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole schema the rules check: every table after all migrations, in a stable order.
 *
 * @param droppedKeys unique keys the migrations dropped from tables that still exist, in migration order
 */
public record Schema(Dialect dialect, List<Table> tables, List<DroppedKey> droppedKeys) {

    public Schema {
        tables = List.copyOf(tables);
        droppedKeys = List.copyOf(droppedKeys);
    }

    /** A schema with no migration history, such as a live database's. */
    public Schema(Dialect dialect, List<Table> tables) {
        this(dialect, tables, List.of());
    }

    /**
     * The tables whose columns and keys are their own: every table but partitions, which repeat their parent's.
     * Rules about columns and keys read these, so that a finding is reported once, on the parent.
     */
    public List<Table> tablesWithoutPartitions() {
        return tables.stream().filter(t -> !t.isPartition()).toList();
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.hasName(name)).findFirst();
    }
}
