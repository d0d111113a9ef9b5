package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Schema;
import io.github.schemaguard.model.Table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The entity words of every table, counted by their singular forms, for the schema asked about last: rules
     * ask about the same schema for every column, and comparing each table with every other one each time
     * made a lint of thousands of tables quadratic. Held by identity; a lint of another schema replaces it.
     */
    private static volatile EntityIndex lastIndex;

    private TableRelations() {
    }

    /** True when another table's name ends with the entity's last word: {@code [customer]} and {@code customers}. */
    static boolean namesOtherTable(Schema schema, Table table, List<String> entity) {
        if (entity.isEmpty()) {
            return false;
        }
        String last = NameWords.singular(entity.get(entity.size() - 1));
        List<String> own = singular(NameWords.entityOf(table));
        int self = !own.isEmpty() && own.get(own.size() - 1).equals(last) ? 1 : 0;
        return index(schema).lastWords.getOrDefault(last, 0) > self;
    }

    /** True when another table is named exactly by {@code entity}: {@code [tax]} and {@code taxes}. */
    static boolean isOtherTable(Schema schema, Table table, List<String> entity) {
        List<String> wanted = singular(entity);
        int self = singular(NameWords.entityOf(table)).equals(wanted) ? 1 : 0;
        return !wanted.isEmpty() && index(schema).entities.getOrDefault(wanted, 0) > self;
    }

    /**
     * True when the table's name extends another table's name: at the end it holds that table's child rows
     * ({@code order_item} of {@code order}), at the front copies of its rows ({@code applied_coupons}).
     */
    static boolean extendsOtherTable(Schema schema, Table table) {
        List<String> own = singular(NameWords.entityOf(table));
        Map<List<String>, Integer> entities = index(schema).entities;
        for (int length = 1; length < own.size(); length++) {
            if (entities.containsKey(own.subList(0, length))
                    || entities.containsKey(own.subList(own.size() - length, own.size()))) {
                return true;
            }
        }
        return false;
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

    private static EntityIndex index(Schema schema) {
        EntityIndex index = lastIndex;
        if (index == null || index.schema != schema) {
            index = new EntityIndex(schema);
            lastIndex = index;
        }
        return index;
    }

    private static List<String> singular(List<String> words) {
        return words.stream().map(NameWords::singular).toList();
    }

    /** How many tables have each entity, and each last entity word, in singular form. */
    private static final class EntityIndex {
        private final Schema schema;
        private final Map<List<String>, Integer> entities = new HashMap<>();
        private final Map<String, Integer> lastWords = new HashMap<>();

        private EntityIndex(Schema schema) {
            this.schema = schema;
            for (Table table : schema.tables()) {
                List<String> entity = singular(NameWords.entityOf(table));
                if (!entity.isEmpty()) {
                    entities.merge(entity, 1, Integer::sum);
                    lastWords.merge(entity.get(entity.size() - 1), 1, Integer::sum);
                }
            }
        }
    }
}
