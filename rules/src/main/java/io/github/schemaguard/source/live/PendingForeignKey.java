package io.github.schemaguard.source.live;

import io.github.schemaguard.model.ForeignKey;

import java.util.ArrayList;
import java.util.List;

/** A foreign key whose column pairs are still arriving, one catalog row per pair. */
final class PendingForeignKey {

    private final CatalogTables.Parts table;
    private final String name;
    private final String referencedTable;
    private final List<String> columns = new ArrayList<>();
    private final List<String> referencedColumns = new ArrayList<>();

    /** @param referencedTable the referenced table's name without schema, as the DDL reader keeps it */
    PendingForeignKey(CatalogTables.Parts table, String name, String referencedTable) {
        this.table = table;
        this.name = name;
        this.referencedTable = referencedTable;
    }

    void reference(String column, String referencedColumn) {
        columns.add(column);
        referencedColumns.add(referencedColumn);
    }

    void addToTable() {
        table.addForeignKey(new ForeignKey(name, columns, referencedTable, referencedColumns, table.location(null)));
    }
}
