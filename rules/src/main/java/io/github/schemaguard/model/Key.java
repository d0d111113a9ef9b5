package io.github.schemaguard.model;

import java.util.List;
import java.util.Locale;

/**
 * A primary key, unique constraint or index.
 *
 * @param columns    the key parts: column names, or expression text for expression parts
 * @param expression true when at least one part is an expression such as {@code lower(email)}
 * @param predicate  the WHERE clause of a partial index, or {@code null}
 * @param nullsDistinct false for PostgreSQL's {@code NULLS NOT DISTINCT}, which lets only one NULL in; true
 *                   (every engine's default) when NULLs never collide with each other
 * @param method     the index method when it is not the default b-tree ({@code gin}, {@code gist},
 *                   {@code fulltext}, {@code spatial}...), lower case; {@code null} for a b-tree
 * @param included   PostgreSQL's {@code INCLUDE} columns: stored in the index, not part of its key
 * @param prefixLengths per part, MySQL's prefix length ({@code name(10)} indexes 10 characters), 0 for the
 *                   whole value; empty when no part has one
 */
public record Key(String name, KeyKind kind, List<String> columns, boolean expression,
                  String predicate, boolean nullsDistinct, Location location, String method,
                  List<String> included, List<Integer> prefixLengths) {

    public Key {
        columns = List.copyOf(columns);
        method = method == null || method.isBlank() || method.strip().equalsIgnoreCase("btree") ? null
                : method.strip().toLowerCase(Locale.ROOT);
        included = List.copyOf(included);
        prefixLengths = prefixLengths.stream().allMatch(length -> length == 0) ? List.of()
                : List.copyOf(prefixLengths);
    }

    /** A b-tree key on whole values without INCLUDE columns, what every engine creates unless told otherwise. */
    public Key(String name, KeyKind kind, List<String> columns, boolean expression, String predicate,
               boolean nullsDistinct, Location location) {
        this(name, kind, columns, expression, predicate, nullsDistinct, location, null, List.of(), List.of());
    }

    /** This key with {@code other}'s method, INCLUDE columns and prefix lengths: for copies that rename a key. */
    public Key withStorageOf(Key other) {
        return new Key(name, kind, columns, expression, predicate, nullsDistinct, location, other.method,
                other.included, other.prefixLengths);
    }

    /** This key with the given index method; {@code null} or {@code btree} for a b-tree. */
    public Key withMethod(String indexMethod) {
        return new Key(name, kind, columns, expression, predicate, nullsDistinct, location, indexMethod,
                included, prefixLengths);
    }

    /** This key with the given INCLUDE columns ({@code null}: none). */
    public Key withIncluded(List<String> includedColumns) {
        return new Key(name, kind, columns, expression, predicate, nullsDistinct, location, method,
                includedColumns == null ? List.of() : includedColumns, prefixLengths);
    }

    /** This key with the given per-part prefix lengths (0: the whole value). */
    public Key withPrefixLengths(List<Integer> lengths) {
        return new Key(name, kind, columns, expression, predicate, nullsDistinct, location, method, included,
                lengths);
    }

    /** The prefix length of part {@code index}, 0 when the part indexes whole values. */
    public int prefixLength(int index) {
        return prefixLengths.isEmpty() ? 0 : prefixLengths.get(index);
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
