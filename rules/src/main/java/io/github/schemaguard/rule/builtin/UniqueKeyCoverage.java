package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.model.Table;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a table's primary key, unique constraints or unique indexes keep a column's values unique:
 * a key on the column alone, or on the column beside columns that only narrow where the value must be
 * unique (a tenant, the parent row, the kind of row, live rows). Partial and expression keys count.
 */
final class UniqueKeyCoverage {

    /**
     * Columns that make a key unique per kind of row or among live rows: {@code UNIQUE (external_id, item_type)}
     * and {@code UNIQUE (user_name, del_flag)} are deliberate designs, not accidents.
     */
    private static final NamePatterns QUALIFIERS = NamePatterns.of(List.of("type", "*_type", "category", "kind",
            "del_flag", "delete_flag", "deleted", "is_deleted", "is_delete", "deleted_at", "delete_time",
            "delete_token", "del_token", "deleted_token"));

    private final Schema schema;
    private final Table table;
    private final NamePatterns scope;
    private final BusinessKeyColumns identifiers;

    UniqueKeyCoverage(Schema schema, Table table, NamePatterns scope, BusinessKeyColumns identifiers) {
        this.schema = schema;
        this.table = table;
        this.scope = scope;
        this.identifiers = identifiers;
    }

    boolean keepsUnique(Column column) {
        return table.uniqueKeys().stream().anyMatch(key -> pins(key, column));
    }

    private boolean pins(Key key, Column column) {
        boolean covered = false;
        for (String part : key.columns()) {
            if (key.expression() ? mentions(part, column.name()) : Names.same(part, column.name())) {
                covered = true;
            } else if (!narrows(part)) {
                return false;
            }
        }
        return covered;
    }

    /**
     * A scope or qualifier column, the parent row ({@code plan_id} in {@code UNIQUE (plan_id, code)}), or a
     * second identifier ({@code UNIQUE (invoice_code, invoice_no)}: the pair is the number).
     */
    private boolean narrows(String part) {
        String snake = NameWords.snake(part);
        return scope.matches(snake) || QUALIFIERS.matches(snake) || table.isReferencedByForeignKey(part)
                || BusinessKeyColumns.namesParent(schema, table, part)
                || table.column(part).flatMap(identifiers::evidence).isPresent();
    }

    /** An expression part such as {@code lower((email)::text)} counts for the column it is computed from. */
    static boolean mentions(String expression, String column) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(Names.unquote(column)) + "(?![\\w$])",
                Pattern.CASE_INSENSITIVE).matcher(expression).find();
    }
}
