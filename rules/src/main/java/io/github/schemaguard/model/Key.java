package io.github.schemaguard.model;

import java.util.List;

/**
 * A primary key, unique constraint or index.
 *
 * @param columns    the key parts: column names, or expression text for expression parts
 * @param expression true when at least one part is an expression such as {@code lower(email)}
 * @param predicate  the WHERE clause of a partial index, or {@code null}
 */
public record Key(String name, KeyKind kind, List<String> columns, boolean expression,
                  String predicate, Location location) {

    public Key {
        columns = List.copyOf(columns);
    }

    public boolean isUnique() {
        return kind.isUnique();
    }

    public boolean isPartial() {
        return predicate != null;
    }

    public boolean coversColumn(String column) {
        return columns.stream().anyMatch(c -> Names.same(c, column));
    }
}
