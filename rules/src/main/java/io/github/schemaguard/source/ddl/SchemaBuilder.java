package io.github.schemaguard.source.ddl;

import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.DroppedKey;
import io.github.schemaguard.model.Location;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The schema while migrations are being applied, in creation order; {@link #freeze} gives the model. */
final class SchemaBuilder {
    private final List<TableBuilder> tables = new ArrayList<>();
    private final RoutineTexts routines;

    SchemaBuilder() {
        this(RoutineTexts.none());
    }

    /** @param routines the functions and procedures the files define, for trigger bodies */
    SchemaBuilder(RoutineTexts routines) {
        this.routines = routines;
    }

    RoutineTexts routines() {
        return routines;
    }

    /** Creates a table; an existing one of the same name is replaced, so the latest definition wins. */
    TableBuilder create(TableName name, Location location) {
        TableBuilder table = new TableBuilder(name.schema(), name.name(), location);
        add(table);
        return table;
    }

    /** Adds a table built apart; an existing one of the same name is replaced. */
    void add(TableBuilder table) {
        drop(new TableName(table.schema(), table.name()));
        tables.add(table);
    }

    /**
     * Finds a table case-insensitively. A qualified reference prefers the table of that schema, and
     * falls back to an unqualified one because migrations often mix {@code public.t} and {@code t}.
     */
    Optional<TableBuilder> find(TableName name) {
        List<TableBuilder> sameName = tables.stream().filter(t -> Names.same(t.name(), name.name())).toList();
        if (name.schema() != null) {
            Optional<TableBuilder> sameSchema = sameName.stream()
                    .filter(t -> t.schema() != null && Names.same(t.schema(), name.schema())).findFirst();
            if (sameSchema.isPresent()) {
                return sameSchema;
            }
            return sameName.stream().filter(t -> t.schema() == null).findFirst();
        }
        return sameName.stream().findFirst();
    }

    boolean drop(TableName name) {
        Optional<TableBuilder> dropped = find(name);
        dropped.ifPresent(table -> {
            tables.remove(table);
            tables.forEach(t -> t.forgetParent(table));
        });
        return dropped.isPresent();
    }

    /** The table holding an index or constraint of that name (DROP INDEX names no table). */
    Optional<TableBuilder> ownerOfKey(String schema, String keyName) {
        return tables.stream()
                .filter(t -> schema == null || t.schema() == null || Names.same(t.schema(), schema))
                .filter(t -> t.hasKeyNamed(keyName)).findFirst();
    }

    List<TableBuilder> tables() {
        return List.copyOf(tables);
    }

    /**
     * The model; partitions take their parents' keys first, now that every key of the parents is known. Keys
     * dropped from tables that were later dropped themselves went with them.
     */
    Schema freeze(Dialect dialect) {
        tables.forEach(TableBuilder::inheritPartitionKeys);
        List<Table> frozen = new ArrayList<>();
        List<DroppedKey> droppedKeys = new ArrayList<>();
        for (TableBuilder table : tables) {
            Table model = table.freeze();
            frozen.add(model);
            droppedKeys.addAll(table.droppedKeys(model));
        }
        return new Schema(dialect, frozen, droppedKeys);
    }
}
