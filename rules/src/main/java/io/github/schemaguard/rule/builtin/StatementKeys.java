package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.DataStatement;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.Table;

import java.util.List;

/**
 * Whether a statement's WHERE clause singles out one row of its table: it fixes every column of the primary
 * key or of a unique key to one value. An expression part ({@code lower(email)}) counts when the column it is
 * computed from is fixed. A partial unique index counts only when the WHERE clause also mentions every column
 * of the index's predicate ({@code ... AND deleted = 0} for {@code WHERE deleted = 0}): the statement then
 * evidently targets the rows the index covers. That is a reading of names, not a proof of implication.
 */
final class StatementKeys {

    private StatementKeys() {
    }

    static boolean pinsUniqueKey(Table table, DataStatement statement) {
        return table.uniqueKeys().stream().anyMatch(key -> pins(table, key, statement));
    }

    /** The table's columns the statement fixes to one value, in table order. */
    static List<Column> pinnedColumns(Table table, DataStatement statement) {
        return table.columns().stream().filter(c -> statement.pins(c.name())).toList();
    }

    private static boolean pins(Table table, Key key, DataStatement statement) {
        if (key.isPartial() && !mentionsPredicateColumns(table, key, statement)) {
            return false;
        }
        return key.columns().stream().allMatch(part -> key.expression()
                ? statement.pinnedColumns().stream().anyMatch(column -> UniqueKeyCoverage.mentions(part, column))
                : statement.pins(part));
    }

    private static boolean mentionsPredicateColumns(Table table, Key key, DataStatement statement) {
        return table.columns().stream().filter(c -> UniqueKeyCoverage.mentions(key.predicate(), c.name()))
                .allMatch(c -> statement.conditionColumns().stream().anyMatch(c::hasName));
    }
}
