package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleOptions;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns the data rules probe: the business keys {@code business-key-not-unique} reports (same options,
 * same decision), and, when the data checks ask for all identifier-like columns, every column whose name or
 * comment says it identifies something.
 */
final class ProbedColumns {

    /**
     * @param key           the columns a unique key on it would hold: scope columns ({@code tenant_id}), then it
     * @param unguardedKey  {@code business-key-not-unique} reports it
     * @param keptUnique    a primary key, unique constraint or unique index already keeps it unique
     * @param addUniqueKey  the SQL that adds the missing unique key
     */
    record Candidate(Table table, Column column, List<Column> key, boolean unguardedKey, boolean keptUnique,
                     String addUniqueKey) {

        /** {@code t_order.order_no}, as the schema rules name the column. */
        String objectPath() {
            return table.qualifiedName() + "." + Names.unquote(column.name());
        }
    }

    private ProbedColumns() {
    }

    static List<Candidate> of(RuleContext context, boolean allIdentifierColumns) {
        RuleOptions options = context.options();
        BusinessKeyColumns identifiers = BusinessKeyColumns.from(options);
        NamePatterns scope = NamePatterns.of(options.list(BusinessKeyNotUniqueRule.SCOPE_COLUMNS.name()));
        Schema schema = context.schema();
        List<Candidate> candidates = new ArrayList<>();
        for (Table table : schema.tables()) {
            UniqueKeyCoverage coverage = new UniqueKeyCoverage(schema, table, scope, identifiers);
            for (Column column : table.columns()) {
                boolean unguarded = BusinessKeyNotUniqueRule.isUnguardedKey(schema, table, column, identifiers,
                        coverage);
                if (unguarded || allIdentifierColumns && identifiers.evidence(column).isPresent()) {
                    candidates.add(new Candidate(table, column, BusinessKeyNotUniqueRule.fixKey(table, column, scope),
                            unguarded, coverage.keepsUnique(column),
                            BusinessKeyNotUniqueRule.addUniqueKey(schema, table, column, scope)));
                }
            }
        }
        return candidates;
    }
}
