package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Schema;
import io.github.schemaguard.model.Table;

import java.util.List;
import java.util.Set;

/**
 * What table names say about how tables relate, for schemas that declare few foreign keys:
 * {@code oms_order_item} holds lines of {@code oms_order}, {@code applied_coupons} copies {@code coupons},
 * {@code sys_oper_log} records events about other rows.
 */
final class TableRelations {

    /** Tables whose rows record events about other rows: the identifiers in them are copies. */
    private static final Set<String> EVENT_TABLE_WORDS = Set.of("log", "history", "his", "audit", "trace", "event",
            "bak", "backup", "archive", "snapshot", "tmp", "temp");

    private TableRelations() {
    }

    /** True when another table's name ends with the entity's last word: {@code [customer]} and {@code customers}. */
    static boolean namesOtherTable(Schema schema, Table table, List<String> entity) {
        return !entity.isEmpty() && schema.tables().stream().anyMatch(other -> other != table
                && NameWords.endsWith(NameWords.entityOf(other), entity.subList(entity.size() - 1, entity.size())));
    }

    /** True when another table is named exactly by {@code entity}: {@code [tax]} and {@code taxes}. */
    static boolean isOtherTable(Schema schema, Table table, List<String> entity) {
        return schema.tables().stream().anyMatch(other -> other != table
                && NameWords.entityOf(other).size() == entity.size()
                && NameWords.endsWith(NameWords.entityOf(other), entity));
    }

    /**
     * True when the table's name extends another table's name: at the end it holds that table's child rows
     * ({@code order_item} of {@code order}), at the front copies of its rows ({@code applied_coupons}).
     */
    static boolean extendsOtherTable(Schema schema, Table table) {
        List<String> own = NameWords.entityOf(table);
        return schema.tables().stream().filter(other -> other != table).map(NameWords::entityOf)
                .anyMatch(other -> other.size() < own.size()
                        && (NameWords.endsWith(own.subList(0, other.size()), other) || NameWords.endsWith(own, other)));
    }

    /** Log, history and event tables, also when partitioned ({@code events_default}, {@code audit_2024}). */
    static boolean isEventTable(Table table) {
        List<String> words = NameWords.of(table.name());
        int last = words.size() - 1;
        while (last > 0 && (words.get(last).equals("default") || words.get(last).matches(".*\\d.*"))) {
            last--;
        }
        return last >= 0 && EVENT_TABLE_WORDS.contains(NameWords.singular(words.get(last)));
    }
}
