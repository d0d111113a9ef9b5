package io.github.schemaguard.model;

import java.util.List;

/** A foreign key from {@code columns} of the owning table to {@code referencedTable}. */
public record ForeignKey(String name, List<String> columns, String referencedTable,
                         List<String> referencedColumns, Location location) {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
