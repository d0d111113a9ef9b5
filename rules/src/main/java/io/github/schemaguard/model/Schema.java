package io.github.schemaguard.model;

import java.util.List;
import java.util.Optional;

/** The whole schema the rules check: every table after all migrations, in a stable order. */
public record Schema(Dialect dialect, List<Table> tables) {

    public Schema {
        tables = List.copyOf(tables);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.hasName(name)).findFirst();
    }
}
