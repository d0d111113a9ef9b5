package io.github.schemaguard.source.live;

import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.KeyKind;

import java.util.ArrayList;
import java.util.List;

/** A primary key, unique key or index whose parts are still arriving, one catalog row per part. */
final class PendingKey {

    private final CatalogTables.Parts table;
    private final String name;
    private final KeyKind kind;
    private final String predicate;
    private final boolean nullsDistinct;
    private final String method;
    private final List<String> columns = new ArrayList<>();
    private final List<Integer> prefixLengths = new ArrayList<>();
    private final List<String> included = new ArrayList<>();
    private boolean expression;

    /**
     * @param predicate     a partial index's WHERE condition, or {@code null}
     * @param nullsDistinct false for PostgreSQL's NULLS NOT DISTINCT
     * @param method        the index method as the catalog names it ({@code btree}, {@code gin}, {@code FULLTEXT})
     */
    PendingKey(CatalogTables.Parts table, String name, KeyKind kind, String predicate, boolean nullsDistinct,
               String method) {
        this.table = table;
        this.name = name;
        this.kind = kind;
        this.predicate = predicate;
        this.nullsDistinct = nullsDistinct;
        this.method = method;
    }

    /** A column part, indexed whole ({@code prefixLength} 0) or by its first characters (MySQL's {@code name(10)}). */
    void column(String column, int prefixLength) {
        columns.add(column);
        prefixLengths.add(prefixLength);
    }

    /** An expression part, as the catalog prints it: {@code lower((email)::text)}. */
    void expression(String text) {
        column(text, 0);
        expression = true;
    }

    /** A column stored in the index but not part of its key (PostgreSQL's INCLUDE). */
    void include(String column) {
        included.add(column);
    }

    void addToTable() {
        table.addKey(new Key(name, kind, columns, expression, predicate, nullsDistinct, table.location(null),
                method, included, prefixLengths));
    }
}
