package io.github.schemaguard.rule.builtin;

import io.github.schemaguard.model.Column;
import io.github.schemaguard.model.Dialect;
import io.github.schemaguard.model.Key;
import io.github.schemaguard.model.Names;
import io.github.schemaguard.model.Schema;
import io.github.schemaguard.model.Table;
import io.github.schemaguard.rule.Finding;
import io.github.schemaguard.rule.Rule;
import io.github.schemaguard.rule.RuleContext;
import io.github.schemaguard.rule.RuleMetadata;
import io.github.schemaguard.rule.Severity;
import io.github.schemaguard.rule.SourceKind;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** A business key kept unique by a key that NULLs slip through, because the column may be NULL. */
public final class NullableUniqueKeyRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata(
            "nullable-unique-key", Severity.WARNING,
            "A unique key on a business identifier allows NULL, and NULLs never collide.",
            "MySQL, PostgreSQL, H2 and most other engines treat NULLs in a unique key as distinct from each "
                    + "other: any number of rows may have no order number, no code, no login name, and the "
                    + "constraint that was meant to guarantee one row per value guarantees nothing for them. "
                    + "Rows created by a code path that forgot the value, or cleared it, pile up unnoticed, and "
                    + "a lookup or UPDATE ... WHERE order_no IS NULL hits all of them. Declare the column NOT "
                    + "NULL; where the value really is optional, say so with PostgreSQL 15's NULLS NOT DISTINCT "
                    + "(one NULL at most) or a partial unique index WHERE col IS NOT NULL, which this rule "
                    + "accepts as deliberate. Only identifiers named after their own table are reported "
                    + "(order_no in t_order, invoice_number in invoices): every row gets one when it is created. "
                    + "Bare codes and serial numbers, which are often assigned later (a payment provider's serial "
                    + "number arrives with its callback), copies of another table's key and optional external ids "
                    + "are not.",
            BusinessKeyColumns.OPTIONS, Set.of(SourceKind.SCHEMA),
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NULL COMMENT '订单号',
              UNIQUE KEY uk_t_order_order_no (order_no)
            );
            """,
            """
            CREATE TABLE t_order (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              order_no VARCHAR(32) NOT NULL COMMENT '订单号',
              UNIQUE KEY uk_t_order_order_no (order_no)
            );
            """);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        BusinessKeyColumns identifiers = BusinessKeyColumns.from(context.options());
        Schema schema = context.schema();
        for (Table table : schema.tablesWithoutPartitions()) {
            for (Column column : table.columns()) {
                if (column.nullable() && identifiers.isNamedAfterTable(schema, table, column)) {
                    leakyKey(table, column).ifPresent(key -> report.accept(finding(schema.dialect(), table, column,
                            key)));
                }
            }
        }
    }

    /**
     * The first unique key on the column that lets NULLs repeat, unless another key on it already refuses them:
     * one that treats NULLs as equal, or a partial index that leaves NULLs out on purpose.
     */
    private static Optional<Key> leakyKey(Table table, Column column) {
        boolean nullsHandled = table.keys().stream().filter(k -> k.isUnique() && k.coversColumn(column.name()))
                .anyMatch(k -> !k.nullsDistinct() || excludesNulls(k, column));
        if (nullsHandled) {
            return Optional.empty();
        }
        return table.keys().stream().filter(k -> k.isUnique() && !k.expression() && k.coversColumn(column.name()))
                .findFirst();
    }

    /** A partial index {@code WHERE col IS NOT NULL} (pg_dump: {@code ((col)::text IS NOT NULL)}) leaves NULLs out on purpose. */
    private static boolean excludesNulls(Key key, Column column) {
        return key.predicate() != null && Pattern.compile("(?<![\\w$])[`\"]?" + Pattern.quote(Names.unquote(
                column.name())) + "[`\"]?\\)?(?:::[\\w\\s]+?)?\\)?\\s+IS\\s+NOT\\s+NULL\\b", Pattern.CASE_INSENSITIVE)
                .matcher(key.predicate()).find();
    }

    private static Finding finding(Dialect dialect, Table table, Column column, Key key) {
        String name = Names.unquote(column.name());
        String keyName = key.name() == null ? "the unique key on " + FixSql.columnList(dialect, key.columns())
                : "unique key " + key.name();
        // Only PostgreSQL can say "optional, but unique when present" in the key itself.
        String optional = dialect == Dialect.POSTGRESQL ? ", or, if the value is optional, make that explicit with "
                + "NULLS NOT DISTINCT (PostgreSQL 15) or a partial unique index WHERE " + name + " IS NOT NULL" : "";
        String message = String.format("%s.%s is a business key kept unique by %s, but the column allows NULL and "
                        + "NULLs never collide: any number of rows can have no %s. Declare it NOT NULL%s.",
                table.qualifiedName(), name, keyName, name, optional);
        return new Finding(METADATA.id(), METADATA.defaultSeverity(), column.location(),
                table.qualifiedName() + "." + name, message, notNullFix(dialect, table, column));
    }

    private static String notNullFix(Dialect dialect, Table table, Column column) {
        if (dialect == Dialect.MYSQL) {
            return FixSql.mysqlModify(table, column, column.type(), column.collation(), false);
        }
        return "ALTER TABLE " + FixSql.table(dialect, table) + " ALTER COLUMN " + dialect.identifier(Names.unquote(column.name())) + " SET NOT NULL;";
    }
}
